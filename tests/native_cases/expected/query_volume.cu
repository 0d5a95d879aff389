#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


// warpsynth/query_volume.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float32> volume_grad_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.05;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def volume_grad(volume: wp.uint64, p: wp.vec3):                                        <L 8>
    // eps = 0.05                                                                             <L 9>
    // q = wp.volume_world_to_index(volume, p)                                                <L 10>
    var_1 = wp::volume_world_to_index(var_volume, var_p);
    // dx = wp.volume_sample_f(volume, q + wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR) - wp.volume_sample_f(       <L 11>
    var_4 = wp::vec_t<3, wp::float32>(var_0, var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    var_8 = wp::volume_sample_f(var_volume, var_5, var_7);
    // volume, q - wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR                                   <L 12>
    var_11 = wp::vec_t<3, wp::float32>(var_0, var_9, var_10);
    var_12 = wp::sub(var_1, var_11);
    var_15 = wp::volume_sample_f(var_volume, var_12, var_14);
    var_16 = wp::sub(var_8, var_15);
    // dy = wp.volume_sample_f(volume, q + wp.vec3(0.0, eps, 0.0), wp.Volume.LINEAR)          <L 14>
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::add(var_1, var_19);
    var_23 = wp::volume_sample_f(var_volume, var_20, var_22);
    // return wp.normalize(wp.vec3(dx, dy, 0.0))                                              <L 15>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// warpsynth/query_volume.py:7
static CUDA_CALLABLE void adj_volume_grad_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p,
    wp::uint64 & adj_volume,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.05;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def volume_grad(volume: wp.uint64, p: wp.vec3):                                        <L 8>
    // eps = 0.05                                                                             <L 9>
    // q = wp.volume_world_to_index(volume, p)                                                <L 10>
    var_1 = wp::volume_world_to_index(var_volume, var_p);
    // dx = wp.volume_sample_f(volume, q + wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR) - wp.volume_sample_f(       <L 11>
    var_4 = wp::vec_t<3, wp::float32>(var_0, var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    var_8 = wp::volume_sample_f(var_volume, var_5, var_7);
    // volume, q - wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR                                   <L 12>
    var_11 = wp::vec_t<3, wp::float32>(var_0, var_9, var_10);
    var_12 = wp::sub(var_1, var_11);
    var_15 = wp::volume_sample_f(var_volume, var_12, var_14);
    var_16 = wp::sub(var_8, var_15);
    // dy = wp.volume_sample_f(volume, q + wp.vec3(0.0, eps, 0.0), wp.Volume.LINEAR)          <L 14>
    var_19 = wp::vec_t<3, wp::float32>(var_17, var_0, var_18);
    var_20 = wp::add(var_1, var_19);
    var_23 = wp::volume_sample_f(var_volume, var_20, var_22);
    // return wp.normalize(wp.vec3(dx, dy, 0.0))                                              <L 15>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret;
    wp::adj_normalize(var_25, var_26, adj_25, adj_26);
    wp::adj_vec_t(var_16, var_23, var_24, adj_16, adj_23, adj_24, adj_25);
    // adj: return wp.normalize(wp.vec3(dx, dy, 0.0))                                         <L 15>
    wp::adj_volume_sample_f(var_volume, var_20, var_22, adj_volume, adj_20, adj_22, adj_23);
    wp::adj_add(var_1, var_19, adj_1, adj_19, adj_20);
    wp::adj_vec_t(var_17, var_0, var_18, adj_17, adj_0, adj_18, adj_19);
    // adj: dy = wp.volume_sample_f(volume, q + wp.vec3(0.0, eps, 0.0), wp.Volume.LINEAR)     <L 14>
    wp::adj_sub(var_8, var_15, adj_8, adj_15, adj_16);
    wp::adj_volume_sample_f(var_volume, var_12, var_14, adj_volume, adj_12, adj_14, adj_15);
    wp::adj_sub(var_1, var_11, adj_1, adj_11, adj_12);
    wp::adj_vec_t(var_0, var_9, var_10, adj_0, adj_9, adj_10, adj_11);
    // adj: volume, q - wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR                              <L 12>
    wp::adj_volume_sample_f(var_volume, var_5, var_7, adj_volume, adj_5, adj_7, adj_8);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_vec_t(var_0, var_2, var_3, adj_0, adj_2, adj_3, adj_4);
    // adj: dx = wp.volume_sample_f(volume, q + wp.vec3(eps, 0.0, 0.0), wp.Volume.LINEAR) - wp.volume_sample_f(  <L 11>
    wp::adj_volume_world_to_index(var_volume, var_p, adj_volume, adj_p, adj_1);
    // adj: q = wp.volume_world_to_index(volume, p)                                           <L 10>
    // adj: eps = 0.05                                                                        <L 9>
    // adj: def volume_grad(volume: wp.uint64, p: wp.vec3):                                   <L 8>
    return;
}



extern "C" __global__ void sample_cdf_12f24418_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_cdf,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int32> var_tri)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 2;
        const wp::int32 var_5 = 10;
        wp::int32 var_6;
        wp::int32 var_7;
        //---------
        // forward
        // def sample_cdf(cdf: wp.array(dtype=float), keys: wp.array(dtype=int), samples: wp.array(dtype=float), tri: wp.array(dtype=int)):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // t = wp.lower_bound(cdf, samples[tid])                                                  <L 48>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::lower_bound(var_cdf, var_3);
        // k = wp.lower_bound(keys, 2, 10, tid)                                                   <L 49>
        var_6 = wp::lower_bound(var_keys, var_4, var_5, var_0);
        // tri[tid] = t + k                                                                       <L 50>
        var_7 = wp::add(var_2, var_6);
        wp::array_store(var_tri, var_0, var_7);
    }
}



extern "C" __global__ void sample_cdf_12f24418_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_cdf,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int32> var_tri,
    wp::array_t<wp::float32> adj_cdf,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::float32> adj_samples,
    wp::array_t<wp::int32> adj_tri)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 2;
        const wp::int32 var_5 = 10;
        wp::int32 var_6;
        wp::int32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        //---------
        // forward
        // def sample_cdf(cdf: wp.array(dtype=float), keys: wp.array(dtype=int), samples: wp.array(dtype=float), tri: wp.array(dtype=int)):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // t = wp.lower_bound(cdf, samples[tid])                                                  <L 48>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::lower_bound(var_cdf, var_3);
        // k = wp.lower_bound(keys, 2, 10, tid)                                                   <L 49>
        var_6 = wp::lower_bound(var_keys, var_4, var_5, var_0);
        // tri[tid] = t + k                                                                       <L 50>
        var_7 = wp::add(var_2, var_6);
        // wp::array_store(var_tri, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_tri, var_0, var_7, adj_tri, adj_0, adj_7);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: tri[tid] = t + k                                                                  <L 50>
        // adj: k = wp.lower_bound(keys, 2, 10, tid)                                              <L 49>
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: t = wp.lower_bound(cdf, samples[tid])                                             <L 48>
        // adj: tid = wp.tid()                                                                    <L 47>
        // adj: def sample_cdf(cdf: wp.array(dtype=float), keys: wp.array(dtype=int), samples: wp.array(dtype=float), tri: wp.array(dtype=int)):  <L 46>
        continue;
    }
}



extern "C" __global__ void simulate_7858ec80_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::uint64 var_volume,
    wp::float32 var_margin,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // forward
        // def simulate(positions: wp.array(dtype=wp.vec3), volume: wp.uint64, margin: float, dt: float):       <L 19>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 21>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xpred_local = wp.volume_world_to_index(volume, x)                                      <L 22>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // n = wp.vec3()                                                                          <L 23>
        var_5 = wp::vec_t<3, wp::float32>();
        // d = wp.volume_sample_grad_f(volume, xpred_local, wp.Volume.LINEAR, n)                  <L 24>
        var_8 = wp::volume_sample_grad_f(var_volume, var_4, var_7, var_5);
        // if d < margin:                                                                         <L 25>
        var_9 = (var_8 < var_margin);
        if (var_9) {
            // n = wp.normalize(wp.volume_index_to_world_dir(volume, n))                          <L 26>
            var_10 = wp::volume_index_to_world_dir(var_volume, var_5);
            var_11 = wp::normalize(var_10);
            // x = x - n * (d - margin) * dt + volume_grad(volume, x)                             <L 27>
            var_12 = wp::sub(var_8, var_margin);
            var_13 = wp::mul(var_11, var_12);
            var_14 = wp::mul(var_13, var_dt);
            var_15 = wp::sub(var_2, var_14);
            var_16 = volume_grad_0(var_volume, var_2);
            var_17 = wp::add(var_15, var_16);
        }
        var_18 = wp::where(var_9, var_17, var_2);
        var_19 = wp::where(var_9, var_11, var_5);
        // positions[tid] = wp.volume_index_to_world(volume, xpred_local) + x                     <L 28>
        var_20 = wp::volume_index_to_world(var_volume, var_4);
        var_21 = wp::add(var_20, var_18);
        wp::array_store(var_positions, var_0, var_21);
    }
}



extern "C" __global__ void simulate_7858ec80_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::uint64 var_volume,
    wp::float32 var_margin,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::uint64 adj_volume,
    wp::float32 adj_margin,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def simulate(positions: wp.array(dtype=wp.vec3), volume: wp.uint64, margin: float, dt: float):       <L 19>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 21>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xpred_local = wp.volume_world_to_index(volume, x)                                      <L 22>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // n = wp.vec3()                                                                          <L 23>
        var_5 = wp::vec_t<3, wp::float32>();
        // d = wp.volume_sample_grad_f(volume, xpred_local, wp.Volume.LINEAR, n)                  <L 24>
        var_8 = wp::volume_sample_grad_f(var_volume, var_4, var_7, var_5);
        // if d < margin:                                                                         <L 25>
        var_9 = (var_8 < var_margin);
        if (var_9) {
            // n = wp.normalize(wp.volume_index_to_world_dir(volume, n))                          <L 26>
            var_10 = wp::volume_index_to_world_dir(var_volume, var_5);
            var_11 = wp::normalize(var_10);
            // x = x - n * (d - margin) * dt + volume_grad(volume, x)                             <L 27>
            var_12 = wp::sub(var_8, var_margin);
            var_13 = wp::mul(var_11, var_12);
            var_14 = wp::mul(var_13, var_dt);
            var_15 = wp::sub(var_2, var_14);
            var_16 = volume_grad_0(var_volume, var_2);
            var_17 = wp::add(var_15, var_16);
        }
        var_18 = wp::where(var_9, var_17, var_2);
        var_19 = wp::where(var_9, var_11, var_5);
        // positions[tid] = wp.volume_index_to_world(volume, xpred_local) + x                     <L 28>
        var_20 = wp::volume_index_to_world(var_volume, var_4);
        var_21 = wp::add(var_20, var_18);
        // wp::array_store(var_positions, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_21, adj_positions, adj_0, adj_21);
        wp::adj_add(var_20, var_18, adj_20, adj_18, adj_21);
        wp::adj_volume_index_to_world(var_volume, var_4, adj_volume, adj_4, adj_20);
        // adj: positions[tid] = wp.volume_index_to_world(volume, xpred_local) + x                <L 28>
        wp::adj_where(var_9, var_11, var_5, adj_9, adj_11, adj_5, adj_19);
        wp::adj_where(var_9, var_17, var_2, adj_9, adj_17, adj_2, adj_18);
        if (var_9) {
            wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
            adj_volume_grad_0(var_volume, var_2, adj_volume, adj_2, adj_16);
            wp::adj_sub(var_2, var_14, adj_2, adj_14, adj_15);
            wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_14);
            wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
            wp::adj_sub(var_8, var_margin, adj_8, adj_margin, adj_12);
            // adj: x = x - n * (d - margin) * dt + volume_grad(volume, x)                        <L 27>
            wp::adj_normalize(var_10, var_11, adj_10, adj_11);
            wp::adj_volume_index_to_world_dir(var_volume, var_5, adj_volume, adj_5, adj_10);
            // adj: n = wp.normalize(wp.volume_index_to_world_dir(volume, n))                     <L 26>
        }
        // adj: if d < margin:                                                                    <L 25>
        wp::adj_volume_sample_grad_f(var_volume, var_4, var_7, var_5, adj_volume, adj_4, adj_7, adj_5, adj_8);
        // adj: d = wp.volume_sample_grad_f(volume, xpred_local, wp.Volume.LINEAR, n)             <L 24>
        // adj: n = wp.vec3()                                                                     <L 23>
        wp::adj_volume_world_to_index(var_volume, var_2, adj_volume, adj_2, adj_4);
        // adj: xpred_local = wp.volume_world_to_index(volume, x)                                 <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 21>
        // adj: tid = wp.tid()                                                                    <L 20>
        // adj: def simulate(positions: wp.array(dtype=wp.vec3), volume: wp.uint64, margin: float, dt: float):  <L 19>
        continue;
    }
}



extern "C" __global__ void lookups_9a19e598_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords,
    wp::array_t<wp::vec_t<3, wp::float64>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float64>* var_42;
        wp::vec_t<3, wp::float64> var_43;
        wp::vec_t<3, wp::float64> var_44;
        wp::vec_t<3, wp::float64>* var_45;
        wp::vec_t<3, wp::float64> var_46;
        wp::vec_t<3, wp::float64> var_47;
        wp::vec_t<3, wp::float64> var_48;
        wp::vec_t<3, wp::float64> var_49;
        wp::vec_t<3, wp::float64> var_50;
        wp::vec_t<3, wp::float64> var_51;
        wp::vec_t<3, wp::float64> var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::int32 var_56 = 0;
        wp::float64 var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 0.0;
        const wp::float32 var_60 = 0.0;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        //---------
        // forward
        // def lookups(volume: wp.uint64, coords: wp.array(dtype=wp.vec3i), points: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3)):       <L 32>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // c = coords[tid]                                                                        <L 34>
        var_1 = wp::address(var_coords, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // f = wp.volume_lookup_f(volume, c[0], c[1], c[2])                                       <L 35>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_9 = wp::extract(var_2, var_8);
        var_10 = wp::volume_lookup_f(var_volume, var_5, var_7, var_9);
        // v = wp.volume_lookup_v(volume, c[0], c[1], c[2])                                       <L 36>
        var_12 = wp::extract(var_2, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_16 = wp::extract(var_2, var_15);
        var_17 = wp::volume_lookup_v(var_volume, var_12, var_14, var_16);
        // i = wp.volume_lookup_i(volume, c[0], c[1], c[2]) + wp.volume_lookup_index(volume, c[0], c[1], c[2])       <L 37>
        var_19 = wp::extract(var_2, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_23 = wp::extract(var_2, var_22);
        var_24 = wp::volume_lookup_i(var_volume, var_19, var_21, var_23);
        var_26 = wp::extract(var_2, var_25);
        var_28 = wp::extract(var_2, var_27);
        var_30 = wp::extract(var_2, var_29);
        var_31 = wp::volume_lookup_index(var_volume, var_26, var_28, var_30);
        var_32 = wp::add(var_24, var_31);
        // i += wp.volume_sample_i(volume, v) + wp.volume_voxel_count(volume)                     <L 38>
        var_33 = wp::volume_sample_i(var_volume, var_17);
        var_34 = wp::volume_voxel_count(var_volume);
        var_35 = wp::add(var_33, var_34);
        var_36 = wp::add(var_32, var_35);
        // s = wp.volume_sample_v(volume, v, wp.Volume.CLOSEST) + wp.volume_world_to_index_dir(volume, v)       <L 39>
        var_39 = wp::volume_sample_v(var_volume, var_17, var_38);
        var_40 = wp::volume_world_to_index_dir(var_volume, var_17);
        var_41 = wp::add(var_39, var_40);
        // pd = wp.volume_index_to_world(volume, points[tid]) + wp.volume_world_to_index(volume, points[tid])       <L 40>
        var_42 = wp::address(var_points, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::volume_index_to_world(var_volume, var_44);
        var_45 = wp::address(var_points, var_0);
        var_47 = wp::load(var_45);
        var_46 = wp::volume_world_to_index(var_volume, var_47);
        var_48 = wp::add(var_43, var_46);
        // pd = pd + wp.volume_index_to_world_dir(volume, pd) + wp.volume_world_to_index_dir(volume, pd)       <L 41>
        var_49 = wp::volume_index_to_world_dir(var_volume, var_48);
        var_50 = wp::add(var_48, var_49);
        var_51 = wp::volume_world_to_index_dir(var_volume, var_48);
        var_52 = wp::add(var_50, var_51);
        // out[tid] = s * (f + float(i)) + wp.vec3(float(pd[0]), 0.0, 0.0)                        <L 42>
        var_53 = wp::float(var_36);
        var_54 = wp::add(var_10, var_53);
        var_55 = wp::mul(var_41, var_54);
        var_57 = wp::extract(var_52, var_56);
        var_58 = wp::float(var_57);
        var_61 = wp::vec_t<3, wp::float32>(var_58, var_59, var_60);
        var_62 = wp::add(var_55, var_61);
        wp::array_store(var_out, var_0, var_62);
    }
}



extern "C" __global__ void lookups_9a19e598_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> var_coords,
    wp::array_t<wp::vec_t<3, wp::float64>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_coords,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 0;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float64>* var_42;
        wp::vec_t<3, wp::float64> var_43;
        wp::vec_t<3, wp::float64> var_44;
        wp::vec_t<3, wp::float64>* var_45;
        wp::vec_t<3, wp::float64> var_46;
        wp::vec_t<3, wp::float64> var_47;
        wp::vec_t<3, wp::float64> var_48;
        wp::vec_t<3, wp::float64> var_49;
        wp::vec_t<3, wp::float64> var_50;
        wp::vec_t<3, wp::float64> var_51;
        wp::vec_t<3, wp::float64> var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::int32 var_56 = 0;
        wp::float64 var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 0.0;
        const wp::float32 var_60 = 0.0;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float64> adj_42 = {};
        wp::vec_t<3, wp::float64> adj_43 = {};
        wp::vec_t<3, wp::float64> adj_44 = {};
        wp::vec_t<3, wp::float64> adj_45 = {};
        wp::vec_t<3, wp::float64> adj_46 = {};
        wp::vec_t<3, wp::float64> adj_47 = {};
        wp::vec_t<3, wp::float64> adj_48 = {};
        wp::vec_t<3, wp::float64> adj_49 = {};
        wp::vec_t<3, wp::float64> adj_50 = {};
        wp::vec_t<3, wp::float64> adj_51 = {};
        wp::vec_t<3, wp::float64> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float64 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        //---------
        // forward
        // def lookups(volume: wp.uint64, coords: wp.array(dtype=wp.vec3i), points: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3)):       <L 32>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // c = coords[tid]                                                                        <L 34>
        var_1 = wp::address(var_coords, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // f = wp.volume_lookup_f(volume, c[0], c[1], c[2])                                       <L 35>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_9 = wp::extract(var_2, var_8);
        var_10 = wp::volume_lookup_f(var_volume, var_5, var_7, var_9);
        // v = wp.volume_lookup_v(volume, c[0], c[1], c[2])                                       <L 36>
        var_12 = wp::extract(var_2, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_16 = wp::extract(var_2, var_15);
        var_17 = wp::volume_lookup_v(var_volume, var_12, var_14, var_16);
        // i = wp.volume_lookup_i(volume, c[0], c[1], c[2]) + wp.volume_lookup_index(volume, c[0], c[1], c[2])       <L 37>
        var_19 = wp::extract(var_2, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_23 = wp::extract(var_2, var_22);
        var_24 = wp::volume_lookup_i(var_volume, var_19, var_21, var_23);
        var_26 = wp::extract(var_2, var_25);
        var_28 = wp::extract(var_2, var_27);
        var_30 = wp::extract(var_2, var_29);
        var_31 = wp::volume_lookup_index(var_volume, var_26, var_28, var_30);
        var_32 = wp::add(var_24, var_31);
        // i += wp.volume_sample_i(volume, v) + wp.volume_voxel_count(volume)                     <L 38>
        var_33 = wp::volume_sample_i(var_volume, var_17);
        var_34 = wp::volume_voxel_count(var_volume);
        var_35 = wp::add(var_33, var_34);
        var_36 = wp::add(var_32, var_35);
        // s = wp.volume_sample_v(volume, v, wp.Volume.CLOSEST) + wp.volume_world_to_index_dir(volume, v)       <L 39>
        var_39 = wp::volume_sample_v(var_volume, var_17, var_38);
        var_40 = wp::volume_world_to_index_dir(var_volume, var_17);
        var_41 = wp::add(var_39, var_40);
        // pd = wp.volume_index_to_world(volume, points[tid]) + wp.volume_world_to_index(volume, points[tid])       <L 40>
        var_42 = wp::address(var_points, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::volume_index_to_world(var_volume, var_44);
        var_45 = wp::address(var_points, var_0);
        var_47 = wp::load(var_45);
        var_46 = wp::volume_world_to_index(var_volume, var_47);
        var_48 = wp::add(var_43, var_46);
        // pd = pd + wp.volume_index_to_world_dir(volume, pd) + wp.volume_world_to_index_dir(volume, pd)       <L 41>
        var_49 = wp::volume_index_to_world_dir(var_volume, var_48);
        var_50 = wp::add(var_48, var_49);
        var_51 = wp::volume_world_to_index_dir(var_volume, var_48);
        var_52 = wp::add(var_50, var_51);
        // out[tid] = s * (f + float(i)) + wp.vec3(float(pd[0]), 0.0, 0.0)                        <L 42>
        var_53 = wp::float(var_36);
        var_54 = wp::add(var_10, var_53);
        var_55 = wp::mul(var_41, var_54);
        var_57 = wp::extract(var_52, var_56);
        var_58 = wp::float(var_57);
        var_61 = wp::vec_t<3, wp::float32>(var_58, var_59, var_60);
        var_62 = wp::add(var_55, var_61);
        // wp::array_store(var_out, var_0, var_62);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_62, adj_out, adj_0, adj_62);
        wp::adj_add(var_55, var_61, adj_55, adj_61, adj_62);
        wp::adj_vec_t(var_58, var_59, var_60, adj_58, adj_59, adj_60, adj_61);
        wp::adj_float(var_57, adj_57, adj_58);
        wp::adj_extract(var_52, var_56, adj_52, adj_56, adj_57);
        wp::adj_mul(var_41, var_54, adj_41, adj_54, adj_55);
        wp::adj_add(var_10, var_53, adj_10, adj_53, adj_54);
        wp::adj_float(var_36, adj_36, adj_53);
        // adj: out[tid] = s * (f + float(i)) + wp.vec3(float(pd[0]), 0.0, 0.0)                   <L 42>
        wp::adj_add(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_volume_world_to_index_dir(var_volume, var_48, adj_volume, adj_48, adj_51);
        wp::adj_add(var_48, var_49, adj_48, adj_49, adj_50);
        wp::adj_volume_index_to_world_dir(var_volume, var_48, adj_volume, adj_48, adj_49);
        // adj: pd = pd + wp.volume_index_to_world_dir(volume, pd) + wp.volume_world_to_index_dir(volume, pd)  <L 41>
        wp::adj_add(var_43, var_46, adj_43, adj_46, adj_48);
        wp::adj_volume_world_to_index(var_volume, var_47, adj_volume, adj_45, adj_46);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_45);
        wp::adj_volume_index_to_world(var_volume, var_44, adj_volume, adj_42, adj_43);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_42);
        // adj: pd = wp.volume_index_to_world(volume, points[tid]) + wp.volume_world_to_index(volume, points[tid])  <L 40>
        wp::adj_add(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_volume_world_to_index_dir(var_volume, var_17, adj_volume, adj_17, adj_40);
        wp::adj_volume_sample_v(var_volume, var_17, var_38, adj_volume, adj_17, adj_38, adj_39);
        // adj: s = wp.volume_sample_v(volume, v, wp.Volume.CLOSEST) + wp.volume_world_to_index_dir(volume, v)  <L 39>
        wp::adj_add(var_32, var_35, adj_32, adj_35, adj_36);
        wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
        // adj: i += wp.volume_sample_i(volume, v) + wp.volume_voxel_count(volume)                <L 38>
        wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
        wp::adj_extract(var_2, var_27, adj_2, adj_27, adj_28);
        wp::adj_extract(var_2, var_25, adj_2, adj_25, adj_26);
        wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
        wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: i = wp.volume_lookup_i(volume, c[0], c[1], c[2]) + wp.volume_lookup_index(volume, c[0], c[1], c[2])  <L 37>
        wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
        // adj: v = wp.volume_lookup_v(volume, c[0], c[1], c[2])                                  <L 36>
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: f = wp.volume_lookup_f(volume, c[0], c[1], c[2])                                  <L 35>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_coords, var_0, adj_coords, adj_0, adj_1);
        // adj: c = coords[tid]                                                                   <L 34>
        // adj: tid = wp.tid()                                                                    <L 33>
        // adj: def lookups(volume: wp.uint64, coords: wp.array(dtype=wp.vec3i), points: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3)):  <L 32>
        continue;
    }
}

