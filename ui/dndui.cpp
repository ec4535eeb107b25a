// SPDX-License-Identifier: MIT
// Anchor so the library is never empty; remove once real sources exist.
namespace dnd {
int uiLibraryAnchor() { return 0; }
} // namespace dnd
