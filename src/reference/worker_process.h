// One long-lived Python reference worker: a child process with a pipe each way. Knows nothing about
// Warp; it writes lines and reads lines with a deadline, and can be killed and started again.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace ws::reference {

class WorkerProcess {
 public:
  explicit WorkerProcess(std::vector<std::string> argv) : argv_(std::move(argv)) {}
  ~WorkerProcess() { stop(); }
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;

  void start();  // throws std::runtime_error if the process cannot be spawned
  void stop();   // kills (if alive) and reaps; idempotent
  bool running() const { return pid_ > 0; }

  // Writes the whole line; false if the worker is gone (broken pipe).
  bool write_line(const std::string& line);
  // Next line without its '\n'; nullopt on end of file (the worker died) or when `timeout_s` passes.
  std::optional<std::string> read_line(double timeout_s, bool* timed_out);

 private:
  std::vector<std::string> argv_;
  pid_t pid_ = -1;
  int to_child_ = -1;
  int from_child_ = -1;
  std::string buffer_;
};

}  // namespace ws::reference
