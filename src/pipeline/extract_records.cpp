#include "pipeline/extract_records.h"

#include "pipeline/license.h"
#include "pipeline/records.h"

namespace ws::pipeline {

std::vector<Record> extract_records(const Compiled& compiled, const Job& file, const std::string& warp_version,
                                    bool full_module, const std::string& kernel) {
  RecordMeta meta;
  meta.python = file.source;
  meta.path = file.path;
  meta.preset = "extract";
  meta.warp_version = warp_version;
  meta.full_module = full_module;
  if (file.project) meta.provenance = Provenance{file.project->source_path, 0, spdx_license(file.source)};
  std::vector<Record> records = build_records(compiled, meta, kernel);
  for (size_t i = 0; i < records.size(); ++i) records[i].index = i;
  return records;
}

}  // namespace ws::pipeline
