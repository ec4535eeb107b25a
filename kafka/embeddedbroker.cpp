// SPDX-License-Identifier: MIT
#include "embeddedbroker.h"
