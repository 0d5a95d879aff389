#include <gtest/gtest.h>

#include "pipeline/license.h"

namespace ws::pipeline {
namespace {

TEST(License, ReadsTheSpdxTagOfTheHeader) {
  EXPECT_EQ(spdx_license("# SPDX-FileCopyrightText: Copyright (c) 2022 NVIDIA CORPORATION\n"
                         "# SPDX-License-Identifier: Apache-2.0\n\nimport warp as wp\n"),
            "Apache-2.0");
  EXPECT_EQ(spdx_license("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\n#   SPDX-License-Identifier:   "
                         "MIT OR Apache-2.0  \r\nimport os\n"),
            "MIT OR Apache-2.0");
  EXPECT_EQ(spdx_license("# SPDX-License-Identifier: BSD-3-Clause\n# SPDX-License-Identifier: MIT\n"),
            "BSD-3-Clause");  // the first one
}

TEST(License, OnlyTheHeaderCounts) {
  EXPECT_EQ(spdx_license(""), std::nullopt);
  EXPECT_EQ(spdx_license("import warp as wp\n# SPDX-License-Identifier: MIT\n"), std::nullopt);
  EXPECT_EQ(spdx_license("\"\"\"Docstring.\"\"\"\n# SPDX-License-Identifier: MIT\n"), std::nullopt);
  EXPECT_EQ(spdx_license("# Copyright someone\n# SPDX-License-Identifier:\n"), std::nullopt);
}

}  // namespace
}  // namespace ws::pipeline
