#include "dataset/jsonl_zst_encoder.h"

#include <new>
#include <stdexcept>
#include <string>

namespace ws::dataset {
namespace {

// Compressed bytes are written in chunks this large: few syscalls, bounded memory per split.
constexpr size_t kOutBufferBytes = size_t{1} << 20;

void check_zstd(size_t ret, const std::filesystem::path& path) {
  if (ZSTD_isError(ret))
    throw std::runtime_error("zstd error writing " + path.string() + ": " + ZSTD_getErrorName(ret));
}

}  // namespace

JsonlZstEncoder::JsonlZstEncoder(int zstd_level, int zstd_workers)
    : level_(zstd_level), workers_(zstd_workers), cctx_(ZSTD_createCCtx()), out_(new char[kOutBufferBytes]) {
  if (!cctx_) throw std::bad_alloc();
}

JsonlZstEncoder::~JsonlZstEncoder() {
  ZSTD_freeCCtx(cctx_);
}

void JsonlZstEncoder::begin(ShardSink& sink) {
  sink_ = &sink;
  const std::filesystem::path& path = sink.file().path();
  check_zstd(ZSTD_CCtx_reset(cctx_, ZSTD_reset_session_only), path);
  check_zstd(ZSTD_CCtx_setParameter(cctx_, ZSTD_c_compressionLevel, level_), path);
  check_zstd(ZSTD_CCtx_setParameter(cctx_, ZSTD_c_checksumFlag, 1), path);
  check_zstd(ZSTD_CCtx_setParameter(cctx_, ZSTD_c_nbWorkers, workers_), path);
  out_pos_ = 0;
}

void JsonlZstEncoder::add(std::string_view json_line) {
  compress({json_line.data(), json_line.size(), 0}, ZSTD_e_continue);
}

void JsonlZstEncoder::end() {
  compress({nullptr, 0, 0}, ZSTD_e_end);
  flush();
}

void JsonlZstEncoder::flush() {
  if (out_pos_ == 0) return;
  sink_->write(out_.get(), out_pos_);
  out_pos_ = 0;
}

void JsonlZstEncoder::compress(ZSTD_inBuffer in, ZSTD_EndDirective mode) {
  for (;;) {
    if (out_pos_ == kOutBufferBytes) flush();
    ZSTD_outBuffer o{out_.get(), kOutBufferBytes, out_pos_};
    const size_t remaining = ZSTD_compressStream2(cctx_, &o, &in, mode);
    check_zstd(remaining, sink_->file().path());
    out_pos_ = o.pos;
    if (mode == ZSTD_e_continue ? in.pos == in.size : remaining == 0) return;
  }
}

}  // namespace ws::dataset
