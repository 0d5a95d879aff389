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


// warpsynth/static_function_dict.py:4
static CUDA_CALLABLE wp::float32 double_it_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def double_it(a: float):                                                               <L 5>
    // return a * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_a, var_0);
    return var_1;
}


// warpsynth/static_function_dict.py:9
static CUDA_CALLABLE wp::float32 square_it_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def square_it(a: float):                                                               <L 10>
    // return a * a                                                                           <L 11>
    var_0 = wp::mul(var_a, var_a);
    return var_0;
}


// warpsynth/static_function_dict.py:4
static CUDA_CALLABLE void adj_double_it_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def double_it(a: float):                                                               <L 5>
    // return a * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_a, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a * 2.0                                                                    <L 6>
    // adj: def double_it(a: float):                                                          <L 5>
    return;
}


// warpsynth/static_function_dict.py:9
static CUDA_CALLABLE void adj_square_it_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def square_it(a: float):                                                               <L 10>
    // return a * a                                                                           <L 11>
    var_0 = wp::mul(var_a, var_a);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_a, var_a, adj_a, adj_a, adj_0);
    // adj: return a * a                                                                      <L 11>
    // adj: def square_it(a: float):                                                          <L 10>
    return;
}



extern "C" __global__ void dispatch_c46be2f3_cuda_kernel_forward(
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
        const wp::float32 var_0 = 3.0;
        wp::float32 var_1;
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 3.0;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        //---------
        // forward
        // def dispatch(out: wp.array(dtype=float)):                                              <L 18>
        // out[0] = wp.static(HANDLERS["double"])(3.0)                                            <L 19>
        var_1 = double_it_0(var_0);
        wp::array_store(var_out, var_2, var_1);
        // out[1] = wp.static(HANDLERS['square'])(3.0)                                            <L 20>
        var_4 = square_it_0(var_3);
        wp::array_store(var_out, var_5, var_4);
    }
}



extern "C" __global__ void dispatch_c46be2f3_cuda_kernel_backward(
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
        const wp::float32 var_0 = 3.0;
        wp::float32 var_1;
        const wp::int32 var_2 = 0;
        const wp::float32 var_3 = 3.0;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        //---------
        // dual vars
        wp::float32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        //---------
        // forward
        // def dispatch(out: wp.array(dtype=float)):                                              <L 18>
        // out[0] = wp.static(HANDLERS["double"])(3.0)                                            <L 19>
        var_1 = double_it_0(var_0);
        // wp::array_store(var_out, var_2, var_1);
        // out[1] = wp.static(HANDLERS['square'])(3.0)                                            <L 20>
        var_4 = square_it_0(var_3);
        // wp::array_store(var_out, var_5, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_5, var_4, adj_out, adj_5, adj_4);
        adj_square_it_0(var_3, adj_3, adj_4);
        // adj: out[1] = wp.static(HANDLERS['square'])(3.0)                                       <L 20>
        wp::adj_array_store(var_out, var_2, var_1, adj_out, adj_2, adj_1);
        adj_double_it_0(var_0, adj_0, adj_1);
        // adj: out[0] = wp.static(HANDLERS["double"])(3.0)                                       <L 19>
        // adj: def dispatch(out: wp.array(dtype=float)):                                         <L 18>
        continue;
    }
}

