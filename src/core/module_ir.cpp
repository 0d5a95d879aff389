#include "core/module_ir.h"

namespace ws {

std::string Diagnostic::str() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    s += ":" + std::to_string(col > 0 ? col : 1);
  }
  s += kind == DiagnosticKind::Unsupported ? ": unsupported: " : ": error: ";
  s += message;
  return s;
}

}  // namespace ws
