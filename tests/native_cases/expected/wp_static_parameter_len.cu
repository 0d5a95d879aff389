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


// warpsynth/wp_static_parameter_len.py:18
static CUDA_CALLABLE wp::float32 rows_0(
    wp::mat_t<3, 3, wp::float64> var_m,
    wp::float32 var_s)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def rows(m: wp.mat33d, s: float):                                                      <L 19>
    // return float(wp.static(len(m))) * s                                                    <L 20>
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_1, var_s);
    return var_2;
}


// warpsynth/wp_static_parameter_len.py:18
static CUDA_CALLABLE void adj_rows_0(
    wp::mat_t<3, 3, wp::float64> var_m,
    wp::float32 var_s,
    wp::mat_t<3, 3, wp::float64> & adj_m,
    wp::float32 & adj_s,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def rows(m: wp.mat33d, s: float):                                                      <L 19>
    // return float(wp.static(len(m))) * s                                                    <L 20>
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_1, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_1, var_s, adj_1, adj_s, adj_2);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: return float(wp.static(len(m))) * s                                               <L 20>
    // adj: def rows(m: wp.mat33d, s: float):                                                 <L 19>
    return;
}



extern "C" __global__ void quat_len_kernel_50e3a06c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::quat_t<wp::float32> var_q,
    wp::mat_t<2, 3, wp::float32> var_m,
    wp::vec_t<4, wp::float64> var_v,
    wp::transform_t<wp::float32> var_t,
    wp::array_t<wp::int32> var_out)
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
        const wp::int32 var_0 = 4;
        const wp::int32 var_1 = 4;
        const wp::int32 var_2 = 4;
        const wp::int32 var_3 = 4;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 10;
        const wp::int32 var_6 = 1;
        const wp::int32 var_7 = 9;
        const wp::int32 var_8 = 2;
        const wp::int32 var_9 = 3;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 3;
        //---------
        // forward
        // def quat_len_kernel(q: wp.quat, m: wp.types.matrix((2, 3), float), v: wp.vec4d, t: wp.transform, out: wp.array(dtype=int)):       <L 7>
        // length = wp.static(len(q))                                                             <L 8>
        // wp.expect_eq(wp.static(len(q)), 4)                                                     <L 9>
        wp::expect_eq(var_1, var_2);
        // out[0] = wp.static(len(q))                                                             <L 10>
        wp::array_store(var_out, var_4, var_3);
        // out[1] = wp.static(len(m) + len(v) * 2)                                                <L 11>
        wp::array_store(var_out, var_6, var_5);
        // out[2] = wp.static(len( t ) + len(SIZES))                                              <L 12>
        wp::array_store(var_out, var_8, var_7);
        // out[3] = length                                                                        <L 13>
        wp::array_store(var_out, var_9, var_0);
        // for i in range(wp.static(len(v))):                                                     <L 14>
        // out[i] = i                                                                             <L 15>
        wp::array_store(var_out, var_10, var_10);
        wp::array_store(var_out, var_11, var_11);
        wp::array_store(var_out, var_12, var_12);
        wp::array_store(var_out, var_13, var_13);
    }
}



extern "C" __global__ void use_rows_8fd3649b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out)
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
        wp::mat_t<3, 3, wp::float64> var_0;
        const wp::float32 var_1 = 2.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        //---------
        // forward
        // def use_rows(out: wp.array(dtype=float)):                                              <L 24>
        // out[0] = rows(wp.mat33d(), 2.0)                                                        <L 25>
        var_0 = wp::mat_t<3, 3, wp::float64>();
        var_2 = rows_0(var_0, var_1);
        wp::array_store(var_out, var_3, var_2);
    }
}



extern "C" __global__ void use_rows_8fd3649b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_out)
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
        wp::mat_t<3, 3, wp::float64> var_0;
        const wp::float32 var_1 = 2.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        //---------
        // dual vars
        wp::mat_t<3, 3, wp::float64> adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        //---------
        // forward
        // def use_rows(out: wp.array(dtype=float)):                                              <L 24>
        // out[0] = rows(wp.mat33d(), 2.0)                                                        <L 25>
        var_0 = wp::mat_t<3, 3, wp::float64>();
        var_2 = rows_0(var_0, var_1);
        // wp::array_store(var_out, var_3, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_3, var_2, adj_out, adj_3, adj_2);
        adj_rows_0(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: out[0] = rows(wp.mat33d(), 2.0)                                                   <L 25>
        // adj: def use_rows(out: wp.array(dtype=float)):                                         <L 24>
        continue;
    }
}

