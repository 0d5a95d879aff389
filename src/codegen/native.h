// The native backend: a C++ reimplementation of Warp's kernel frontend and codegen. It returns the
// same ModuleIr real Warp would, byte for byte, or declines with a positioned reason. It never guesses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/device.h"
#include "core/module_ir.h"
#include "frontend/tokenizer.h"

namespace ws::codegen {

struct NativeResult {
  bool ok = false;
  ModuleIr ir;            // valid when ok
  Diagnostic diagnostic;  // when !ok: kind Unsupported (a decline) or Error (invalid input)
};

struct ImportSearch;

// `path` is the virtual file name Warp would see (it appears in `// path:line` comments).
// `tokens`, when given, is frontend::tokenize(python_source) already done by the caller (the pipeline
// hashes the same tokens); it is moved from. Without it the source is tokenized here.
// `imports` finds the modules the file star-imports (star_import.h); without it they are declined.
NativeResult compile(std::string_view python_source, std::string_view path, const std::vector<Device>& devices,
                     std::vector<frontend::Token>* tokens = nullptr, const ImportSearch* imports = nullptr);

}  // namespace ws::codegen
