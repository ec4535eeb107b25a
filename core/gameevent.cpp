// SPDX-License-Identifier: MIT
#include "gameevent.h"
