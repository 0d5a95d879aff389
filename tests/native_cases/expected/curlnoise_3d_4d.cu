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



extern "C" __global__ void k_a6c2858b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::int32 var_seed)
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
        wp::uint32 var_1;
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.0;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 2;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 3.0;
        const wp::float32 var_14 = 4.0;
        wp::vec_t<4, wp::float32> var_15;
        const wp::int32 var_16 = 3;
        wp::uint32 var_17;
        const wp::float32 var_18 = 2.0;
        const wp::float32 var_19 = 0.5;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), seed: int):                                        <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)                <L 8>
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        var_7 = wp::uint32(var_6);
        var_10 = wp::curlnoise(var_1, var_5, var_7, var_8, var_9);
        // b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)           <L 9>
        var_15 = wp::vec_t<4, wp::float32>(var_11, var_12, var_13, var_14);
        var_17 = wp::uint32(var_16);
        var_20 = wp::curlnoise(var_1, var_15, var_17, var_18, var_19);
        // out[tid] = a + b                                                                       <L 10>
        var_21 = wp::add(var_10, var_20);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void k_a6c2858b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::int32 adj_seed)
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
        wp::uint32 var_1;
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.0;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 2;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 3.0;
        const wp::float32 var_14 = 4.0;
        wp::vec_t<4, wp::float32> var_15;
        const wp::int32 var_16 = 3;
        wp::uint32 var_17;
        const wp::float32 var_18 = 2.0;
        const wp::float32 var_19 = 0.5;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<4, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=wp.vec3), seed: int):                                        <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)                <L 8>
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        var_7 = wp::uint32(var_6);
        var_10 = wp::curlnoise(var_1, var_5, var_7, var_8, var_9);
        // b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)           <L 9>
        var_15 = wp::vec_t<4, wp::float32>(var_11, var_12, var_13, var_14);
        var_17 = wp::uint32(var_16);
        var_20 = wp::curlnoise(var_1, var_15, var_17, var_18, var_19);
        // out[tid] = a + b                                                                       <L 10>
        var_21 = wp::add(var_10, var_20);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_add(var_10, var_20, adj_10, adj_20, adj_21);
        // adj: out[tid] = a + b                                                                  <L 10>
        wp::adj_curlnoise(var_1, var_15, var_17, var_18, var_19, adj_1, adj_15, adj_17, adj_18, adj_19, adj_20);
        wp::adj_vec_t(var_11, var_12, var_13, var_14, adj_11, adj_12, adj_13, adj_14, adj_15);
        // adj: b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)      <L 9>
        wp::adj_curlnoise(var_1, var_5, var_7, var_8, var_9, adj_1, adj_5, adj_7, adj_8, adj_9, adj_10);
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        // adj: a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)           <L 8>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def k(out: wp.array(dtype=wp.vec3), seed: int):                                   <L 5>
        continue;
    }
}

