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


// warpsynth/warp_scalar_constants.py:13
static CUDA_CALLABLE wp::float64 third_0(
    )
{
    //---------
    // primal vars
    const wp::float64 var_0 = 0.3333333333333333;
    //---------
    // forward
    // def third() -> wp.float64:                                                             <L 14>
    // return F64                                                                             <L 15>
    return var_0;
}


// warpsynth/warp_scalar_constants.py:13
static CUDA_CALLABLE void adj_third_0(
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    const wp::float64 var_0 = 0.3333333333333333;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def third() -> wp.float64:                                                             <L 14>
    // return F64                                                                             <L 15>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return F64                                                                        <L 15>
    // adj: def third() -> wp.float64:                                                        <L 14>
    return;
}



extern "C" __global__ void scalars_b6f6c801_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::uint32> var_d,
    wp::array_t<wp::uint64> var_e,
    wp::array_t<wp::int8> var_f,
    wp::array_t<wp::int32> var_g)
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
        const wp::int64 var_1 = 9007199254740993ll;
        wp::float64 var_2;
        const wp::float64 var_3 = 0.3333333333333333;
        wp::float64 var_4;
        const wp::float32 var_5 = 0.1;
        const wp::float32 var_6 = 2;
        wp::float32 var_7;
        const wp::uint32 var_8 = 4000000000u;
        const wp::uint64 var_9 = 5ull;
        const wp::int8 var_10 = -3;
        const wp::int32 var_11 = 7;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        //---------
        // forward
        // def scalars(                                                                           <L 19>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // a[i] = I64                                                                             <L 29>
        wp::array_store(var_a, var_0, var_1);
        // b[i] = third() * F64                                                                   <L 30>
        var_2 = third_0();
        var_4 = wp::mul(var_2, var_3);
        wp::array_store(var_b, var_0, var_4);
        // c[i] = F32 + F32_INT                                                                   <L 31>
        var_7 = wp::add(var_5, var_6);
        wp::array_store(var_c, var_0, var_7);
        // d[i] = U32                                                                             <L 32>
        wp::array_store(var_d, var_0, var_8);
        // e[i] = U64                                                                             <L 33>
        wp::array_store(var_e, var_0, var_9);
        // f[i] = I8                                                                              <L 34>
        wp::array_store(var_f, var_0, var_10);
        // g[i] = I32 + 1                                                                         <L 35>
        var_13 = wp::add(var_11, var_12);
        wp::array_store(var_g, var_0, var_13);
    }
}



extern "C" __global__ void scalars_b6f6c801_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::uint32> var_d,
    wp::array_t<wp::uint64> var_e,
    wp::array_t<wp::int8> var_f,
    wp::array_t<wp::int32> var_g,
    wp::array_t<wp::int64> adj_a,
    wp::array_t<wp::float64> adj_b,
    wp::array_t<wp::float32> adj_c,
    wp::array_t<wp::uint32> adj_d,
    wp::array_t<wp::uint64> adj_e,
    wp::array_t<wp::int8> adj_f,
    wp::array_t<wp::int32> adj_g)
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
        const wp::int64 var_1 = 9007199254740993ll;
        wp::float64 var_2;
        const wp::float64 var_3 = 0.3333333333333333;
        wp::float64 var_4;
        const wp::float32 var_5 = 0.1;
        const wp::float32 var_6 = 2;
        wp::float32 var_7;
        const wp::uint32 var_8 = 4000000000u;
        const wp::uint64 var_9 = 5ull;
        const wp::int8 var_10 = -3;
        const wp::int32 var_11 = 7;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::uint64 adj_9 = {};
        wp::int8 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def scalars(                                                                           <L 19>
        // i = wp.tid()                                                                           <L 28>
        var_0 = builtin_tid1d();
        // a[i] = I64                                                                             <L 29>
        // wp::array_store(var_a, var_0, var_1);
        // b[i] = third() * F64                                                                   <L 30>
        var_2 = third_0();
        var_4 = wp::mul(var_2, var_3);
        // wp::array_store(var_b, var_0, var_4);
        // c[i] = F32 + F32_INT                                                                   <L 31>
        var_7 = wp::add(var_5, var_6);
        // wp::array_store(var_c, var_0, var_7);
        // d[i] = U32                                                                             <L 32>
        // wp::array_store(var_d, var_0, var_8);
        // e[i] = U64                                                                             <L 33>
        // wp::array_store(var_e, var_0, var_9);
        // f[i] = I8                                                                              <L 34>
        // wp::array_store(var_f, var_0, var_10);
        // g[i] = I32 + 1                                                                         <L 35>
        var_13 = wp::add(var_11, var_12);
        // wp::array_store(var_g, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_g, var_0, var_13, adj_g, adj_0, adj_13);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: g[i] = I32 + 1                                                                    <L 35>
        wp::adj_array_store(var_f, var_0, var_10, adj_f, adj_0, adj_10);
        // adj: f[i] = I8                                                                         <L 34>
        wp::adj_array_store(var_e, var_0, var_9, adj_e, adj_0, adj_9);
        // adj: e[i] = U64                                                                        <L 33>
        wp::adj_array_store(var_d, var_0, var_8, adj_d, adj_0, adj_8);
        // adj: d[i] = U32                                                                        <L 32>
        wp::adj_array_store(var_c, var_0, var_7, adj_c, adj_0, adj_7);
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: c[i] = F32 + F32_INT                                                              <L 31>
        wp::adj_array_store(var_b, var_0, var_4, adj_b, adj_0, adj_4);
        wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
        // adj: b[i] = third() * F64                                                              <L 30>
        wp::adj_array_store(var_a, var_0, var_1, adj_a, adj_0, adj_1);
        // adj: a[i] = I64                                                                        <L 29>
        // adj: i = wp.tid()                                                                      <L 28>
        // adj: def scalars(                                                                      <L 19>
        continue;
    }
}

