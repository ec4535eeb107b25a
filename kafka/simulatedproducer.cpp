// SPDX-License-Identifier: MIT
#include "simulatedproducer.h"
