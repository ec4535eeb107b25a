// SPDX-License-Identifier: MIT
#include "codec.h"
