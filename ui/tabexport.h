// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace dnd::TabExport {

enum class Format
{
    Png,
    Svg,
    Pdf
};

// The format a file name asks for by its suffix (.png, .svg, .pdf); false
// for any other.
bool formatFor(const QString &fileName, Format *format);
// "PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)"
QString fileFilter();

// Writes `content` as drawn (all of it, also the part scrolled out of view)
// under a title line, e.g. "Stravos · dnd_events at 127.0.0.1:9092 ·
// 5 Dec 2026 10:40". PNG at the widget's size and device pixel ratio, SVG
// as vectors with the title as text, PDF as one landscape A4 page scaled to
// fit. False and *error (user-readable) on failure.
bool write(QWidget *content, const QString &title, const QString &fileName, QString *error);

} // namespace dnd::TabExport
