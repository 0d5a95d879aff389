#include "dataset/shard_reader.h"

#include <zstd.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include "dataset/shard_format.h"
#ifdef WS_PARQUET
#include "dataset/parquet/parquet_reader.h"
#endif

namespace ws::dataset {

std::vector<std::filesystem::path> list_shards(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir / "data", ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(".") &&
        (name.ends_with(format_suffix(ShardFormat::JsonlZst)) || name.ends_with(format_suffix(ShardFormat::Parquet))))
      out.push_back(e.path());
  }
  if (ec) throw std::runtime_error("cannot read " + (dir / "data").string() + ": " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

void for_each_line(const std::filesystem::path& shard, const std::function<void(std::string_view)>& fn) {
  if (shard.string().ends_with(format_suffix(ShardFormat::Parquet))) {
    require_parquet();
#ifdef WS_PARQUET
    for_each_parquet_line(shard, fn);
#endif
    return;
  }
  std::ifstream in(shard, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + shard.string());
  std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> ds(ZSTD_createDStream(), ZSTD_freeDStream);
  std::vector<char> inbuf(ZSTD_DStreamInSize()), outbuf(ZSTD_DStreamOutSize());
  std::string pending;  // bytes of a line not yet terminated
  while (in) {
    in.read(inbuf.data(), static_cast<std::streamsize>(inbuf.size()));
    ZSTD_inBuffer ib{inbuf.data(), static_cast<size_t>(in.gcount()), 0};
    while (ib.pos < ib.size) {
      ZSTD_outBuffer ob{outbuf.data(), outbuf.size(), 0};
      const size_t rc = ZSTD_decompressStream(ds.get(), &ob, &ib);
      if (ZSTD_isError(rc)) throw std::runtime_error("corrupt shard " + shard.string() + ": " + ZSTD_getErrorName(rc));
      pending.append(outbuf.data(), ob.pos);
      size_t start = 0;
      for (size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
        fn(std::string_view(pending).substr(start, nl - start));
      pending.erase(0, start);
    }
  }
  if (!pending.empty()) throw std::runtime_error("truncated shard " + shard.string() + " (last line unterminated)");
}

}  // namespace ws::dataset
