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


// warpsynth/warp_vector_constants.py:16
static CUDA_CALLABLE wp::vec_t<2, wp::float64> scaled_0(
    wp::vec_t<2, wp::float64> var_x)
{
    //---------
    // primal vars
    const wp::vec_t<2, wp::float64> var_0 = wp::initializer_array<2,wp::float64>{0.0078125, 0.3333333333333333};
    wp::vec_t<2, wp::float64> var_1;
    //---------
    // forward
    // def scaled(x: wp.vec2d):                                                               <L 17>
    // return wp.cw_mul(x, SCALE)                                                             <L 18>
    var_1 = wp::cw_mul(var_x, var_0);
    return var_1;
}


// warpsynth/warp_vector_constants.py:16
static CUDA_CALLABLE void adj_scaled_0(
    wp::vec_t<2, wp::float64> var_x,
    wp::vec_t<2, wp::float64> & adj_x,
    wp::vec_t<2, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    const wp::vec_t<2, wp::float64> var_0 = wp::initializer_array<2,wp::float64>{0.0078125, 0.3333333333333333};
    wp::vec_t<2, wp::float64> var_1;
    //---------
    // dual vars
    wp::vec_t<2, wp::float64> adj_0 = {};
    wp::vec_t<2, wp::float64> adj_1 = {};
    //---------
    // forward
    // def scaled(x: wp.vec2d):                                                               <L 17>
    // return wp.cw_mul(x, SCALE)                                                             <L 18>
    var_1 = wp::cw_mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_cw_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return wp.cw_mul(x, SCALE)                                                        <L 18>
    // adj: def scaled(x: wp.vec2d):                                                          <L 17>
    return;
}



extern "C" __global__ void vectors_31f33588_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<3, wp::int32>> var_b,
    wp::array_t<wp::vec_t<4, wp::float64>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_d,
    wp::array_t<wp::int32> var_e)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::vec_t<2, wp::float64> var_2;
        wp::vec_t<2, wp::float64> var_3;
        const wp::vec_t<3, wp::int32> var_4 = wp::initializer_array<3,wp::int32>{1, -2, 3};
        const wp::vec_t<4, wp::float64> var_5 = wp::initializer_array<4,wp::float64>{0.25, 0.25, 0.25, 0.25};
        const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.3333333432674408, 2.0, 0.10000000149011612};
        const wp::vec_t<2, wp::float32> var_7 = wp::initializer_array<2,wp::float32>{0.0, 0.0};
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::vec_t<3, bool> var_15 = wp::initializer_array<3,bool>{true, false, true};
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 1;
        const wp::int32 var_19 = 1;
        bool var_20;
        const wp::int32 var_21 = 2;
        const wp::vec_t<2, wp::int16> var_22 = wp::initializer_array<2,wp::int16>{-1, 5};
        wp::vec_t<2, wp::int16> var_23;
        const wp::vec_t<2, wp::uint64> var_24 = wp::initializer_array<2,wp::uint64>{4000000000, 3};
        wp::vec_t<2, wp::uint64> var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 1;
        wp::int16 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::uint64 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        //---------
        // forward
        // def vectors(                                                                           <L 22>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // a[i] = scaled(a[i])                                                                    <L 30>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scaled_0(var_3);
        wp::array_store(var_a, var_0, var_2);
        // b[i] = OFFSETS                                                                         <L 31>
        wp::array_store(var_b, var_0, var_4);
        // c[i] = FILL                                                                            <L 32>
        wp::array_store(var_c, var_0, var_5);
        // d[i] = MIXED + wp.vec3(ZEROS[0], ZEROS[1], 1.0)                                        <L 33>
        var_9 = wp::extract(var_7, var_8);
        var_11 = wp::extract(var_7, var_10);
        var_13 = wp::vec_t<3, wp::float32>(var_9, var_11, var_12);
        var_14 = wp::add(var_6, var_13);
        wp::array_store(var_d, var_0, var_14);
        // if FLAGS[0]:                                                                           <L 34>
        var_17 = wp::extract(var_15, var_16);
        if (var_17) {
            // e[i] = 1                                                                           <L 35>
            wp::array_store(var_e, var_0, var_18);
        }
        // if FLAGS[1]:                                                                           <L 36>
        var_20 = wp::extract(var_15, var_19);
        if (var_20) {
            // e[i] = 2                                                                           <L 37>
            wp::array_store(var_e, var_0, var_21);
        }
        // s = SMALL                                                                              <L 38>
        var_23 = wp::copy(var_22);
        // u = UNSIGNED                                                                           <L 39>
        var_25 = wp::copy(var_24);
        // e[i] = e[i] + int(s[1]) + int(u[1])                                                    <L 40>
        var_26 = wp::address(var_e, var_0);
        var_28 = wp::extract(var_23, var_27);
        var_29 = wp::int(var_28);
        var_31 = wp::load(var_26);
        var_30 = wp::add(var_31, var_29);
        var_33 = wp::extract(var_25, var_32);
        var_34 = wp::int(var_33);
        var_35 = wp::add(var_30, var_34);
        wp::array_store(var_e, var_0, var_35);
    }
}



extern "C" __global__ void vectors_31f33588_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<3, wp::int32>> var_b,
    wp::array_t<wp::vec_t<4, wp::float64>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_d,
    wp::array_t<wp::int32> var_e,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_a,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_b,
    wp::array_t<wp::vec_t<4, wp::float64>> adj_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_d,
    wp::array_t<wp::int32> adj_e)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::vec_t<2, wp::float64> var_2;
        wp::vec_t<2, wp::float64> var_3;
        const wp::vec_t<3, wp::int32> var_4 = wp::initializer_array<3,wp::int32>{1, -2, 3};
        const wp::vec_t<4, wp::float64> var_5 = wp::initializer_array<4,wp::float64>{0.25, 0.25, 0.25, 0.25};
        const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.3333333432674408, 2.0, 0.10000000149011612};
        const wp::vec_t<2, wp::float32> var_7 = wp::initializer_array<2,wp::float32>{0.0, 0.0};
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::vec_t<3, bool> var_15 = wp::initializer_array<3,bool>{true, false, true};
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 1;
        const wp::int32 var_19 = 1;
        bool var_20;
        const wp::int32 var_21 = 2;
        const wp::vec_t<2, wp::int16> var_22 = wp::initializer_array<2,wp::int16>{-1, 5};
        wp::vec_t<2, wp::int16> var_23;
        const wp::vec_t<2, wp::uint64> var_24 = wp::initializer_array<2,wp::uint64>{4000000000, 3};
        wp::vec_t<2, wp::uint64> var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 1;
        wp::int16 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::uint64 var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float64> adj_1 = {};
        wp::vec_t<2, wp::float64> adj_2 = {};
        wp::vec_t<2, wp::float64> adj_3 = {};
        wp::vec_t<3, wp::int32> adj_4 = {};
        wp::vec_t<4, wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, bool> adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<2, wp::int16> adj_22 = {};
        wp::vec_t<2, wp::int16> adj_23 = {};
        wp::vec_t<2, wp::uint64> adj_24 = {};
        wp::vec_t<2, wp::uint64> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int16 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::uint64 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        //---------
        // forward
        // def vectors(                                                                           <L 22>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // a[i] = scaled(a[i])                                                                    <L 30>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scaled_0(var_3);
        // wp::array_store(var_a, var_0, var_2);
        // b[i] = OFFSETS                                                                         <L 31>
        // wp::array_store(var_b, var_0, var_4);
        // c[i] = FILL                                                                            <L 32>
        // wp::array_store(var_c, var_0, var_5);
        // d[i] = MIXED + wp.vec3(ZEROS[0], ZEROS[1], 1.0)                                        <L 33>
        var_9 = wp::extract(var_7, var_8);
        var_11 = wp::extract(var_7, var_10);
        var_13 = wp::vec_t<3, wp::float32>(var_9, var_11, var_12);
        var_14 = wp::add(var_6, var_13);
        // wp::array_store(var_d, var_0, var_14);
        // if FLAGS[0]:                                                                           <L 34>
        var_17 = wp::extract(var_15, var_16);
        if (var_17) {
            // e[i] = 1                                                                           <L 35>
            // wp::array_store(var_e, var_0, var_18);
        }
        // if FLAGS[1]:                                                                           <L 36>
        var_20 = wp::extract(var_15, var_19);
        if (var_20) {
            // e[i] = 2                                                                           <L 37>
            // wp::array_store(var_e, var_0, var_21);
        }
        // s = SMALL                                                                              <L 38>
        var_23 = wp::copy(var_22);
        // u = UNSIGNED                                                                           <L 39>
        var_25 = wp::copy(var_24);
        // e[i] = e[i] + int(s[1]) + int(u[1])                                                    <L 40>
        var_26 = wp::address(var_e, var_0);
        var_28 = wp::extract(var_23, var_27);
        var_29 = wp::int(var_28);
        var_31 = wp::load(var_26);
        var_30 = wp::add(var_31, var_29);
        var_33 = wp::extract(var_25, var_32);
        var_34 = wp::int(var_33);
        var_35 = wp::add(var_30, var_34);
        // wp::array_store(var_e, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_e, var_0, var_35, adj_e, adj_0, adj_35);
        wp::adj_add(var_30, var_34, adj_30, adj_34, adj_35);
        wp::adj_extract(var_25, var_32, adj_25, adj_32, adj_33);
        wp::adj_add(var_31, var_29, adj_26, adj_29, adj_30);
        wp::adj_extract(var_23, var_27, adj_23, adj_27, adj_28);
        wp::adj_address(var_e, var_0, adj_e, adj_0, adj_26);
        // adj: e[i] = e[i] + int(s[1]) + int(u[1])                                               <L 40>
        wp::adj_copy(var_24, adj_24, adj_25);
        // adj: u = UNSIGNED                                                                      <L 39>
        wp::adj_copy(var_22, adj_22, adj_23);
        // adj: s = SMALL                                                                         <L 38>
        if (var_20) {
            wp::adj_array_store(var_e, var_0, var_21, adj_e, adj_0, adj_21);
            // adj: e[i] = 2                                                                      <L 37>
        }
        wp::adj_extract(var_15, var_19, adj_15, adj_19, adj_20);
        // adj: if FLAGS[1]:                                                                      <L 36>
        if (var_17) {
            wp::adj_array_store(var_e, var_0, var_18, adj_e, adj_0, adj_18);
            // adj: e[i] = 1                                                                      <L 35>
        }
        wp::adj_extract(var_15, var_16, adj_15, adj_16, adj_17);
        // adj: if FLAGS[0]:                                                                      <L 34>
        wp::adj_array_store(var_d, var_0, var_14, adj_d, adj_0, adj_14);
        wp::adj_add(var_6, var_13, adj_6, adj_13, adj_14);
        wp::adj_vec_t(var_9, var_11, var_12, adj_9, adj_11, adj_12, adj_13);
        wp::adj_extract(var_7, var_10, adj_7, adj_10, adj_11);
        wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: d[i] = MIXED + wp.vec3(ZEROS[0], ZEROS[1], 1.0)                                   <L 33>
        wp::adj_array_store(var_c, var_0, var_5, adj_c, adj_0, adj_5);
        // adj: c[i] = FILL                                                                       <L 32>
        wp::adj_array_store(var_b, var_0, var_4, adj_b, adj_0, adj_4);
        // adj: b[i] = OFFSETS                                                                    <L 31>
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_scaled_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = scaled(a[i])                                                               <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def vectors(                                                                      <L 22>
        continue;
    }
}

