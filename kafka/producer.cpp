// SPDX-License-Identifier: MIT
#include "producer.h"
