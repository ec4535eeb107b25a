// SPDX-License-Identifier: MIT
#include "trackermodel.h"
