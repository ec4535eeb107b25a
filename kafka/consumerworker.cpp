// SPDX-License-Identifier: MIT
#include "consumerworker.h"
