// SPDX-License-Identifier: MIT
#include "connectionsettings.h"
