// SPDX-License-Identifier: MIT
#include "rejectreason.h"
