// SPDX-License-Identifier: MIT
#include "playerstats.h"
