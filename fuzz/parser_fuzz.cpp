// libFuzzer target: the tokenizer and parser must either build an AST or throw SyntaxError /
// Unsupported on any input -- never crash, hang or read out of bounds. The whole native backend is
// run too, so decline paths in codegen see arbitrary (parseable) Python as well, on the pipeline's
// path where it can: one tokenization feeding the structural hash and the backend.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "codegen/native.h"
#include "dataset/struct_hash.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  try {
    ws::frontend::parse(src);
  } catch (const ws::frontend::SyntaxError&) {
  } catch (const ws::frontend::Unsupported&) {
  }
  std::vector<ws::frontend::Token> tokens;
  try {
    tokens = ws::frontend::tokenize(src);
  } catch (const ws::frontend::SyntaxError&) {
    ws::codegen::compile(src, "fuzz.py", {ws::Device::Cpu, ws::Device::Cuda});  // the error comes back as a diagnostic
    return 0;
  }
  ws::struct_hash(tokens);
  ws::codegen::compile(src, "fuzz.py", {ws::Device::Cpu, ws::Device::Cuda}, &tokens);
  return 0;
}
