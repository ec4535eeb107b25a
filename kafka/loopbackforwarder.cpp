// SPDX-License-Identifier: MIT
#include "loopbackforwarder.h"
