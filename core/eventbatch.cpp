// SPDX-License-Identifier: MIT
#include "eventbatch.h"
