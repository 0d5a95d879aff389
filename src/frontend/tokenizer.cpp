#include "frontend/tokenizer.h"

#include <algorithm>
#include <array>

namespace ws::frontend {
namespace {

bool is_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_name_char(unsigned char c) {
  return is_name_start(c) || (c >= '0' && c <= '9');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Longest first so that maximal munch picks `**=` over `**` over `*`.
constexpr std::array<std::string_view, 47> kOps = {
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
    "<<",  "<=",  "==",  ">=",  ">>",  "@=", "^=", "|=", "%",  "&",  "(",  ")",  "*",  "+",  ",",  "-",
    ".",   "/",   ":",   ";",   "<",   "=",  ">",  "@",  "[",  "]",  "^",  "{",  "|",  "}",  "~"};

static_assert(std::all_of(kOps.begin(), kOps.end(), [](std::string_view op) { return op.size() <= 3; }),
              "lex_op compares at most three bytes");

// kOps grouped by first byte (longest first, as in kOps): an operator is found in a handful of
// compares instead of a walk over all of them.
const std::vector<std::string_view>& ops_starting_with(char c) {
  static const std::array<std::vector<std::string_view>, 256> table = [] {
    std::array<std::vector<std::string_view>, 256> t;
    for (std::string_view op : kOps) t[static_cast<unsigned char>(op[0])].push_back(op);
    return t;
  }();
  return table[static_cast<unsigned char>(c)];
}

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  std::vector<Token> run() {
    indents_.push_back(0);
    toks_.reserve(src_.size() / 2 + 16);  // generated kernels average a token per 2.8 bytes
    while (pos_ < src_.size()) {
      if (at_line_start_ && brackets_.empty()) {
        if (!handle_indentation()) continue;  // blank or comment-only line
      }
      char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        advance(1);
      } else if (c == '#') {
        while (pos_ < src_.size() && src_[pos_] != '\n' && src_[pos_] != '\r') advance(1);
      } else if (c == '\\') {
        size_t n = newline_len(pos_ + 1);
        if (n == 0) fail("unexpected character after line continuation character");
        advance(1);
        take_newline(n);
      } else if (c == '\n' || c == '\r') {
        int l = line_, cl = col();
        take_newline(newline_len(pos_));
        if (brackets_.empty()) {
          push(TokKind::Newline, {}, l, cl);
          at_line_start_ = true;
        }
      } else if (is_digit(c) || (c == '.' && pos_ + 1 < src_.size() && is_digit(src_[pos_ + 1]))) {
        lex_number();
      } else if (is_name_start(static_cast<unsigned char>(c))) {
        lex_name_or_string();
      } else if (c == '"' || c == '\'') {
        lex_string(pos_);
      } else {
        lex_op();
      }
    }
    if (!brackets_.empty()) {
      const Open& o = brackets_.back();
      throw SyntaxError(std::string("'") + o.opener + "' was never closed", o.line, o.col);
    }
    if (!toks_.empty() && toks_.back().kind != TokKind::Newline && toks_.back().kind != TokKind::Dedent)
      push(TokKind::Newline, {}, line_, col());
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(TokKind::Dedent, {}, line_, 1);
    }
    push(TokKind::EndMarker, {}, line_, col());
    return std::move(toks_);
  }

 private:
  [[noreturn]] void fail(const std::string& msg) { throw SyntaxError(msg, line_, col()); }
  int col() const { return static_cast<int>(pos_ - line_begin_) + 1; }
  void advance(size_t n) { pos_ += n; }
  void push(TokKind k, std::string_view text, int l, int c) { toks_.push_back({k, text, l, c}); }

  size_t newline_len(size_t at) const {
    if (at >= src_.size()) return 0;
    if (src_[at] == '\r') return (at + 1 < src_.size() && src_[at + 1] == '\n') ? 2 : 1;
    return src_[at] == '\n' ? 1 : 0;
  }
  void take_newline(size_t n) {
    pos_ += n;
    ++line_;
    line_begin_ = pos_;
  }

  // Measures the leading whitespace of a logical line and emits Indent/Dedent. Returns false (having
  // consumed the line) for blank and comment-only lines, which Python ignores for indentation.
  bool handle_indentation() {
    int width = 0;
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\f')) {
      if (src_[pos_] == ' ')
        ++width;
      else if (src_[pos_] == '\t')
        width = (width / 8 + 1) * 8;
      else
        width = 0;
      advance(1);
    }
    if (pos_ >= src_.size()) return false;
    char c = src_[pos_];
    if (c == '#' || c == '\n' || c == '\r') {
      while (pos_ < src_.size() && src_[pos_] != '\n' && src_[pos_] != '\r') advance(1);
      if (pos_ < src_.size()) take_newline(newline_len(pos_));
      return false;
    }
    at_line_start_ = false;
    if (width > indents_.back()) {
      indents_.push_back(width);
      push(TokKind::Indent, {}, line_, 1);
    } else {
      while (width < indents_.back()) {
        indents_.pop_back();
        push(TokKind::Dedent, {}, line_, col());
      }
      if (width != indents_.back()) fail("unindent does not match any outer indentation level");
    }
    return true;
  }

  void lex_digits(bool (*ok)(char)) {
    while (pos_ < src_.size() &&
           (ok(src_[pos_]) || (src_[pos_] == '_' && pos_ + 1 < src_.size() && ok(src_[pos_ + 1]))))
      advance(1);
  }

  void lex_number() {
    size_t start = pos_;
    int c0 = col();
    auto dec = [](char ch) { return is_digit(ch); };
    if (src_[pos_] == '0' && pos_ + 1 < src_.size() &&
        std::string_view("xXoObB").find(src_[pos_ + 1]) != std::string_view::npos) {
      char base = static_cast<char>(src_[pos_ + 1] | 0x20);
      advance(2);
      if (pos_ < src_.size() && src_[pos_] == '_') advance(1);
      size_t digits = pos_;
      if (base == 'x')
        lex_digits([](char ch) { return is_hex(ch); });
      else if (base == 'o')
        lex_digits([](char ch) { return ch >= '0' && ch <= '7'; });
      else
        lex_digits([](char ch) { return ch == '0' || ch == '1'; });
      if (pos_ == digits) fail("invalid number literal");
    } else {
      lex_digits(dec);
      if (pos_ < src_.size() && src_[pos_] == '.') {
        advance(1);
        lex_digits(dec);
      }
      if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
        size_t save = pos_;
        advance(1);
        if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) advance(1);
        if (pos_ < src_.size() && is_digit(src_[pos_]))
          lex_digits(dec);
        else
          pos_ = save;
      }
      if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) advance(1);
    }
    if (pos_ < src_.size() && is_name_char(static_cast<unsigned char>(src_[pos_]))) fail("invalid number literal");
    push(TokKind::Number, src_.substr(start, pos_ - start), line_, c0);
  }

  void lex_name_or_string() {
    size_t start = pos_;
    while (pos_ < src_.size() && is_name_char(static_cast<unsigned char>(src_[pos_]))) advance(1);
    std::string_view word = src_.substr(start, pos_ - start);
    if (pos_ < src_.size() && (src_[pos_] == '"' || src_[pos_] == '\'') && word.size() <= 2) {
      std::string lower(word);
      for (char& ch : lower) ch = static_cast<char>(ch | 0x20);
      static constexpr std::array<std::string_view, 9> kPrefixes = {"r", "u", "b", "f", "br", "rb", "fr", "rf", "t"};
      if (std::find(kPrefixes.begin(), kPrefixes.end(), lower) != kPrefixes.end()) {
        pos_ = start;
        lex_string(start + word.size());
        return;
      }
    }
    push(TokKind::Name, word, line_, static_cast<int>(start - line_begin_) + 1);
  }

  // `quote_at` is where the quote starts; anything before it (from pos_) is the prefix.
  void lex_string(size_t quote_at) {
    size_t start = pos_;
    int l0 = line_, c0 = col();
    pos_ = quote_at;
    char q = src_[pos_];
    bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q;
    advance(triple ? 3 : 1);
    for (;;) {
      if (pos_ >= src_.size()) throw SyntaxError("unterminated string literal", l0, c0);
      char c = src_[pos_];
      if (c == '\\') {
        advance(1);
        if (size_t n = newline_len(pos_))
          take_newline(n);
        else if (pos_ < src_.size())
          advance(1);
      } else if (c == '\n' || c == '\r') {
        if (!triple) throw SyntaxError("unterminated string literal", l0, c0);
        take_newline(newline_len(pos_));
      } else if (c == q) {
        if (!triple) {
          advance(1);
          break;
        }
        if (pos_ + 2 < src_.size() && src_[pos_ + 1] == q && src_[pos_ + 2] == q) {
          advance(3);
          break;
        }
        advance(1);
      } else {
        advance(1);
      }
    }
    push(TokKind::String, src_.substr(start, pos_ - start), l0, c0);
  }

  void lex_op() {
    for (std::string_view op : ops_starting_with(src_[pos_])) {
      // At most three bytes, the first already equal: compared inline, not through memcmp.
      if (op.size() <= src_.size() - pos_ && (op.size() < 2 || src_[pos_ + 1] == op[1]) &&
          (op.size() < 3 || src_[pos_ + 2] == op[2])) {
        char c = op[0];
        if (c == '(' || c == '[' || c == '{') {
          brackets_.push_back({c, c == '(' ? ')' : c == '[' ? ']' : '}', line_, col()});
        } else if (c == ')' || c == ']' || c == '}') {
          if (brackets_.empty() || brackets_.back().closer != c) fail(std::string("unmatched '") + c + "'");
          brackets_.pop_back();
        }
        push(TokKind::Op, src_.substr(pos_, op.size()), line_, col());
        advance(op.size());
        return;
      }
    }
    fail(std::string("invalid character '") + src_[pos_] + "'");
  }

  std::string_view src_;
  size_t pos_ = 0;
  size_t line_begin_ = 0;
  int line_ = 1;
  struct Open {
    char opener;
    char closer;
    int line;
    int col;
  };
  std::vector<Open> brackets_;  // open brackets, innermost last
  bool at_line_start_ = true;
  std::vector<int> indents_;
  std::vector<Token> toks_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view src) {
  return Lexer(src).run();
}

}  // namespace ws::frontend
