#include "dataset/parquet/line_decoder.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace ws::dataset {
namespace {

void check(const arrow::Status& st) {
  if (!st.ok()) throw std::runtime_error("arrow: " + st.ToString());
}

class LineReader {
 public:
  explicit LineReader(std::string_view line) : begin_(line.data()), p_(line.data()), end_(line.data() + line.size()) {}

  // One value of `type` into `b`; `field` names it in errors.
  void value(arrow::ArrayBuilder& b, const arrow::DataType& type, std::string_view field) {
    const char c = peek();
    if (c == 'n') {
      literal("null");
      return check(b.AppendNull());
    }
    switch (type.id()) {
      case arrow::Type::STRING:
        if (c != '"') wrong_type(field, "a string");
        return check(static_cast<arrow::StringBuilder&>(b).Append(string()));
      case arrow::Type::UINT64:
        return check(static_cast<arrow::UInt64Builder&>(b).Append(unsigned_number(field)));
      case arrow::Type::INT64: {  // `source_line`: a line number, never negative
        const uint64_t v = unsigned_number(field);
        if (v > static_cast<uint64_t>(INT64_MAX)) fail("integer out of range");
        return check(static_cast<arrow::Int64Builder&>(b).Append(static_cast<int64_t>(v)));
      }
      case arrow::Type::LIST:
        if (c != '[') wrong_type(field, "a list");
        return list(static_cast<arrow::ListBuilder&>(b), *static_cast<const arrow::ListType&>(type).value_type(),
                    field);
      case arrow::Type::STRUCT:
        if (c != '{') wrong_type(field, "an object");
        return object(static_cast<arrow::StructBuilder&>(b), static_cast<const arrow::StructType&>(type), field);
      default:
        throw std::logic_error("line_decoder.cpp cannot build Arrow type " + type.ToString());
    }
  }

  // The line's one value: an object of `type`.
  void record(arrow::StructBuilder& b, const arrow::StructType& type) {
    if (peek() != '{') wrong_type("record", "an object");
    object(b, type, "record");
  }

  void finish() {
    while (p_ < end_ && is_space(*p_)) ++p_;
    if (p_ != end_) fail("unexpected text after the record");
  }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

  char peek() {
    while (p_ < end_ && is_space(*p_)) ++p_;
    if (p_ == end_) fail("unexpected end of line");
    return *p_;
  }

  // Consumes `c` (after whitespace) or fails.
  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++p_;
  }

  void literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
      fail("invalid literal");
    p_ += word.size();
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("record is not valid JSON at byte " + std::to_string(p_ - begin_) + ": " + what);
  }

  // The JSON kind of the value at p_, named as nlohmann::json::type_name() names it.
  const char* kind() const {
    switch (*p_) {
      case '"':
        return "string";
      case '[':
        return "array";
      case '{':
        return "object";
      case 't':
      case 'f':
        return "boolean";
      case 'n':
        return "null";
      default:
        return "number";
    }
  }

  [[noreturn]] void wrong_type(std::string_view field, std::string_view expected) const {
    throw std::runtime_error("record field '" + std::string(field) + "': expected " + std::string(expected) + ", got " +
                             kind());
  }

  uint64_t unsigned_number(std::string_view field) {
    const char* start = p_;
    while (p_ < end_ &&
           ((*p_ >= '0' && *p_ <= '9') || *p_ == '+' || *p_ == '-' || *p_ == '.' || *p_ == 'e' || *p_ == 'E'))
      ++p_;
    const std::string_view token(start, static_cast<size_t>(p_ - start));
    if (token.empty() || token.find_first_not_of("0123456789") != std::string_view::npos) {
      p_ = start;
      wrong_type(field, "an unsigned integer");
    }
    if (token.size() > 1 && token[0] == '0') fail("number with a leading zero");
    uint64_t v = 0;
    for (char d : token) {
      const uint64_t digit = static_cast<uint64_t>(d - '0');
      if (v > (UINT64_MAX - digit) / 10) fail("integer out of range");
      v = v * 10 + digit;
    }
    return v;
  }

  unsigned hex4() {
    if (end_ - p_ < 4) fail("truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
      const char h = *p_;
      const unsigned d = h >= '0' && h <= '9'   ? static_cast<unsigned>(h - '0')
                         : h >= 'a' && h <= 'f' ? static_cast<unsigned>(h - 'a' + 10)
                         : h >= 'A' && h <= 'F' ? static_cast<unsigned>(h - 'A' + 10)
                                                : 16u;
      if (d == 16) fail("invalid \\u escape");
      v = v * 16 + d;
    }
    return v;
  }

  void append_utf8(unsigned cp) {
    if (cp < 0x80) {
      buf_ += static_cast<char>(cp);
    } else if (cp < 0x800) {
      buf_ += static_cast<char>(0xC0 | (cp >> 6));
      buf_ += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf_ += static_cast<char>(0xE0 | (cp >> 12));
      buf_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf_ += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      buf_ += static_cast<char>(0xF0 | (cp >> 18));
      buf_ += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buf_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf_ += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // The string at p_ (its opening quote), unescaped: a view of the line when it has no escapes, else of
  // buf_, valid until the next call.
  std::string_view string() {
    const char* start = ++p_;
    const auto* quote = static_cast<const char*>(std::memchr(p_, '"', static_cast<size_t>(end_ - p_)));
    if (!quote) fail("unterminated string");
    if (!std::memchr(start, '\\', static_cast<size_t>(quote - start))) {
      p_ = quote + 1;
      return {start, static_cast<size_t>(quote - start)};
    }
    // `quote` is the first '"' at or after p_: the string's end unless an escape comes first (each run
    // between escapes is found with memchr, as code text has an escaped newline every few dozen bytes).
    buf_.clear();
    for (;;) {
      if (p_ > quote && !(quote = static_cast<const char*>(std::memchr(p_, '"', static_cast<size_t>(end_ - p_)))))
        fail("unterminated string");
      const auto* backslash = static_cast<const char*>(std::memchr(p_, '\\', static_cast<size_t>(quote - p_)));
      if (!backslash) {
        buf_.append(p_, static_cast<size_t>(quote - p_));
        p_ = quote + 1;
        return buf_;
      }
      buf_.append(p_, static_cast<size_t>(backslash - p_));
      p_ = backslash + 1;
      if (p_ == end_) fail("unterminated string");
      switch (const char e = *p_++) {
        case '"':
        case '\\':
        case '/':
          buf_ += e;
          break;
        case 'b':
          buf_ += '\b';
          break;
        case 'f':
          buf_ += '\f';
          break;
        case 'n':
          buf_ += '\n';
          break;
        case 'r':
          buf_ += '\r';
          break;
        case 't':
          buf_ += '\t';
          break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xDC00 && cp <= 0xDFFF) fail("lone low surrogate");
          if (cp >= 0xD800 && cp < 0xDC00) {
            literal("\\u");
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("high surrogate without a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(cp);
          break;
        }
        default:
          --p_;
          fail("invalid escape");
      }
    }
  }

  void list(arrow::ListBuilder& b, const arrow::DataType& item, std::string_view field) {
    ++p_;
    check(b.Append());
    if (peek() == ']') {
      ++p_;
      return;
    }
    for (;;) {
      value(*b.value_builder(), item, field);
      const char c = peek();
      ++p_;
      if (c == ']') return;
      if (c != ',') fail("expected ',' or ']'");
    }
  }

  void object(arrow::StructBuilder& b, const arrow::StructType& type, std::string_view field) {
    ++p_;
    check(b.Append());
    uint64_t seen = 0;  // record_schema()'s structs have far fewer than 64 fields
    if (peek() == '}') {
      ++p_;
    } else {
      for (;;) {
        if (peek() != '"') fail("expected a key");
        const std::string key(string());
        const int i = type.GetFieldIndex(key);
        if (i < 0)
          throw std::runtime_error("record field '" + key + "' is not in the Parquet schema (in '" +
                                   std::string(field) + "')");
        if (seen >> i & 1) fail("key '" + key + "' twice");
        seen |= uint64_t{1} << i;
        expect(':');
        value(*b.field_builder(i), *type.field(i)->type(), type.field(i)->name());
        const char c = peek();
        ++p_;
        if (c == '}') break;
        if (c != ',') fail("expected ',' or '}'");
      }
    }
    for (int i = 0; i < type.num_fields(); ++i)
      if (!(seen >> i & 1)) check(b.field_builder(i)->AppendNull());
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  std::string buf_;  // unescaped strings
};

}  // namespace

void decode_line(std::string_view line, arrow::StructBuilder& row, const arrow::StructType& type) {
  LineReader reader(line);
  reader.record(row, type);
  reader.finish();
}

}  // namespace ws::dataset
