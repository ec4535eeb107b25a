// SPDX-License-Identifier: MIT
#include "settings.h"
