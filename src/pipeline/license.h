// The license an extracted file declares, for its records' provenance: the SPDX tag projects put in
// their files' header comment (`# SPDX-License-Identifier: Apache-2.0`), as REUSE and the Linux
// kernel spell it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ws::pipeline {

// The expression after `SPDX-License-Identifier:` in the file's header: the comment and blank lines
// before its first statement (a shebang and an encoding line are comments too). nullopt when the
// header has none; the first one counts.
std::optional<std::string> spdx_license(std::string_view source);

}  // namespace ws::pipeline
