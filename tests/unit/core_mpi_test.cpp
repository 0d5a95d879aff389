#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/mpi.h"

namespace ws::mpi {
namespace {

// The unit tests are not started by an MPI launcher: every collective is one rank's identity, which
// is what `generate` relies on when a single rank (or a build without MPI) runs its MPI path's parts.
TEST(Mpi, WithoutALauncherTheWorldIsOneRank) {
  if (launched()) GTEST_SKIP() << "started by an MPI launcher";
  EXPECT_FALSE(active());
  EXPECT_EQ(rank(), 0);
  EXPECT_EQ(size(), 1);
  EXPECT_EQ(local_size(), 1);
  EXPECT_EQ(alltoall({"abc"}), (std::vector<std::string>{"abc"}));
  EXPECT_EQ(allreduce_sum({3, 4}), (std::vector<uint64_t>{3, 4}));
  EXPECT_EQ(gather("x"), (std::vector<std::string>{"x"}));
  EXPECT_EQ(broadcast("y"), "y");
  barrier();
}

}  // namespace
}  // namespace ws::mpi
