#include "extract/dates.h"
#include <gtest/gtest.h>
TEST(DatesTest, Placeholder) {}
