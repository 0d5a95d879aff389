// Thrown anywhere in the native backend when the input is valid Python that the backend does not
// reproduce exactly. The backend's contract is "byte-identical or decline", so every construct it
// cannot prove it handles must end up here, with the position of the offending node.
#pragma once

#include <stdexcept>
#include <string>

#include "frontend/ast.h"

namespace ws::frontend {

class Unsupported : public std::runtime_error {
 public:
  Unsupported(const std::string& what, int line, int col) : std::runtime_error(what), line_(line), col_(col) {}
  int line() const { return line_; }
  int col() const { return col_; }

 private:
  int line_;
  int col_;
};

// The one way the native backend declines: `what` at the node's position.
[[noreturn]] inline void decline(const std::string& what, Pos p) {
  throw Unsupported(what, p.line, p.col);
}

}  // namespace ws::frontend
