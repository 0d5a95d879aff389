// Each subcommand lives in its own file and registers itself on the root CLI11 app.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/device.h"

namespace ws::cli {

void register_generate(CLI::App& app);
void register_extract(CLI::App& app);
void register_bench(CLI::App& app);
void register_diff(CLI::App& app);
void register_stats(CLI::App& app);

// "cpu,cuda" -> {Device::Cpu, Device::Cuda}, in the order given; throws CLI::ValidationError on an
// unknown, repeated or missing device. The one place device names are read.
std::vector<Device> parse_devices(const std::string& list);

// A Python file's text; on failure prints `FILE: error: cannot read file` and returns nullopt.
std::optional<std::string> read_source(const std::string& file);

// Set by a subcommand's callback; main returns it.
extern int g_exit_code;
// The command line as typed (recorded in manifests and dataset cards).
extern std::string g_command_line;

}  // namespace ws::cli
