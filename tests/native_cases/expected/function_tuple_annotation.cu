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


// warpsynth/function_tuple_annotation.py:4
static CUDA_CALLABLE void coeffs_0(
    wp::float32 var_gamma,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def coeffs(gamma: float) -> tuple[float, float]:                                       <L 5>
    // return 1.0 - gamma, 1.0 / (1.0 + gamma)                                                <L 6>
    var_1 = wp::sub(var_0, var_gamma);
    var_4 = wp::add(var_3, var_gamma);
    var_5 = wp::div(var_2, var_4);
    ret_0 = var_1;
    ret_1 = var_5;
    return;
}


// warpsynth/function_tuple_annotation.py:9
static CUDA_CALLABLE void flagged_0(
    wp::int32 var_i,
    bool & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = -1;
    wp::vec_t<3, wp::float32> var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                      <L 10>
    // if i < 0:                                                                              <L 11>
    var_1 = (var_i < var_0);
    if (var_1) {
        // return False, -1, wp.vec3()                                                        <L 12>
        var_4 = wp::vec_t<3, wp::float32>();
        ret_0 = var_2;
        ret_1 = var_3;
        ret_2 = var_4;
        return;
    }
    // return True, i, wp.vec3(float(i))                                                      <L 13>
    var_6 = wp::float(var_i);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    ret_0 = var_5;
    ret_1 = var_i;
    ret_2 = var_7;
    return;
}


// warpsynth/function_tuple_annotation.py:4
static CUDA_CALLABLE void adj_coeffs_0(
    wp::float32 var_gamma,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_gamma,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def coeffs(gamma: float) -> tuple[float, float]:                                       <L 5>
    // return 1.0 - gamma, 1.0 / (1.0 + gamma)                                                <L 6>
    var_1 = wp::sub(var_0, var_gamma);
    var_4 = wp::add(var_3, var_gamma);
    var_5 = wp::div(var_2, var_4);
    ret_0 = var_1;
    ret_1 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_1;
    adj_1 += adj_ret_0;
    wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
    wp::adj_add(var_3, var_gamma, adj_3, adj_gamma, adj_4);
    wp::adj_sub(var_0, var_gamma, adj_0, adj_gamma, adj_1);
    // adj: return 1.0 - gamma, 1.0 / (1.0 + gamma)                                           <L 6>
    // adj: def coeffs(gamma: float) -> tuple[float, float]:                                  <L 5>
    return;
}


// warpsynth/function_tuple_annotation.py:9
static CUDA_CALLABLE void adj_flagged_0(
    wp::int32 var_i,
    bool & ret_0,
    wp::int32 & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::int32 & adj_i,
    bool & adj_ret_0,
    wp::int32 & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const bool var_2 = false;
    const wp::int32 var_3 = -1;
    wp::vec_t<3, wp::float32> var_4;
    const bool var_5 = true;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                      <L 10>
    // if i < 0:                                                                              <L 11>
    var_1 = (var_i < var_0);
    if (var_1) {
        // return False, -1, wp.vec3()                                                        <L 12>
        var_4 = wp::vec_t<3, wp::float32>();
        ret_0 = var_2;
        ret_1 = var_3;
        ret_2 = var_4;
        goto label0;
    }
    // return True, i, wp.vec3(float(i))                                                      <L 13>
    var_6 = wp::float(var_i);
    var_7 = wp::vec_t<3, wp::float32>(var_6);
    ret_0 = var_5;
    ret_1 = var_i;
    ret_2 = var_7;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret_2;
    adj_i += adj_ret_1;
    adj_5 += adj_ret_0;
    wp::adj_vec_t(var_6, adj_6, adj_7);
    wp::adj_float(var_i, adj_i, adj_6);
    // adj: return True, i, wp.vec3(float(i))                                                 <L 13>
    if (var_1) {
        label0:;
        adj_4 += adj_ret_2;
        adj_3 += adj_ret_1;
        adj_2 += adj_ret_0;
        // adj: return False, -1, wp.vec3()                                                   <L 12>
    }
    // adj: if i < 0:                                                                         <L 11>
    // adj: def flagged(i: int) -> tuple[bool, int, wp.vec3]:                                 <L 10>
    return;
}



extern "C" __global__ void k_8b4f0d0e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // c0, c1 = coeffs(a[i])                                                                  <L 19>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        coeffs_0(var_4, var_2, var_3);
        // ok, j, v = flagged(i)                                                                  <L 20>
        flagged_0(var_0, var_5, var_6, var_7);
        // if ok:                                                                                 <L 21>
        if (var_5) {
            // out[j] = v * c0 * c1                                                               <L 22>
            var_8 = wp::mul(var_7, var_2);
            var_9 = wp::mul(var_8, var_3);
            wp::array_store(var_out, var_6, var_9);
        }
    }
}



extern "C" __global__ void k_8b4f0d0e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float32> adj_a,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                         <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // c0, c1 = coeffs(a[i])                                                                  <L 19>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        coeffs_0(var_4, var_2, var_3);
        // ok, j, v = flagged(i)                                                                  <L 20>
        flagged_0(var_0, var_5, var_6, var_7);
        // if ok:                                                                                 <L 21>
        if (var_5) {
            // out[j] = v * c0 * c1                                                               <L 22>
            var_8 = wp::mul(var_7, var_2);
            var_9 = wp::mul(var_8, var_3);
            // wp::array_store(var_out, var_6, var_9);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_array_store(var_out, var_6, var_9, adj_out, adj_6, adj_9);
            wp::adj_mul(var_8, var_3, adj_8, adj_3, adj_9);
            wp::adj_mul(var_7, var_2, adj_7, adj_2, adj_8);
            // adj: out[j] = v * c0 * c1                                                          <L 22>
        }
        // adj: if ok:                                                                            <L 21>
        adj_flagged_0(var_0, var_5, var_6, var_7, adj_0, adj_5, adj_6, adj_7);
        // adj: ok, j, v = flagged(i)                                                             <L 20>
        adj_coeffs_0(var_4, var_2, var_3, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c0, c1 = coeffs(a[i])                                                             <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=wp.vec3)):                    <L 17>
        continue;
    }
}

