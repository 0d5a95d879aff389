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


// warpsynth/warp_vector_constant_uses.py:11
static CUDA_CALLABLE wp::float64 first_0(
    wp::vec_t<3, wp::float64> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    //---------
    // forward
    // def first(v: wp.vec3d):                                                                <L 12>
    // return v[0]                                                                            <L 13>
    var_1 = wp::extract(var_v, var_0);
    return var_1;
}


// warpsynth/warp_vector_constant_uses.py:11
static CUDA_CALLABLE void adj_first_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::vec_t<3, wp::float64> & adj_v,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float64 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    //---------
    // forward
    // def first(v: wp.vec3d):                                                                <L 12>
    // return v[0]                                                                            <L 13>
    var_1 = wp::extract(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v[0]                                                                       <L 13>
    // adj: def first(v: wp.vec3d):                                                           <L 12>
    return;
}



extern "C" __global__ void k_938fdcfd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::vec_t<2, wp::int32>> var_b,
    wp::array_t<wp::int32> var_c)
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
        const wp::vec_t<3, wp::float64> var_1 = wp::initializer_array<3,wp::float64>{1.0, 2.0, 3.0};
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        const wp::int32 var_5 = -1;
        wp::float64 var_6;
        wp::float64 var_7;
        const wp::vec_t<2, wp::int32> var_8 = wp::initializer_array<2,wp::int32>{1, -2};
        const wp::int32 var_9 = 2;
        wp::vec_t<2, wp::int32> var_10;
        wp::vec_t<2, wp::int32>* var_11;
        wp::vec_t<2, wp::int32> var_12;
        wp::vec_t<2, wp::int32> var_13;
        const wp::vec_t<2, bool> var_14 = wp::initializer_array<2,bool>{true, false};
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::vec_t<4, wp::uint8> var_17 = wp::initializer_array<4,wp::uint8>{1, 2, 3, 255};
        const wp::int32 var_18 = 4;
        wp::int32* var_19;
        const wp::int32 var_20 = 3;
        wp::uint8 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::vec_t<2, wp::float32> var_28 = wp::initializer_array<2,wp::float32>{1.5, 1.5};
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = 2.0;
        wp::vec_t<2, wp::float32> var_31;
        wp::vec_t<2, wp::float32> var_32;
        const wp::float32 var_33 = 1.0;
        const wp::float32 var_34 = 1.0;
        const wp::float32 var_35 = 1.0;
        wp::vec_t<3, wp::float64> var_36;
        const wp::float64 var_37 = 1.0;
        const wp::float64 var_38 = 1.0;
        const wp::float64 var_39 = 1.0;
        wp::float64 var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        const wp::float32 var_43 = 3.0;
        wp::vec_t<3, wp::float64> var_44;
        const wp::float64 var_45 = 1.0;
        const wp::float64 var_46 = 2.0;
        const wp::float64 var_47 = 3.0;
        bool var_48;
        wp::vec_t<3, wp::float64> var_49;
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.vec2i), c: wp.array(dtype=int)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = first(V) + wp.length(V) + V[-1]                                                 <L 19>
        var_2 = first_0(var_1);
        var_3 = wp::length(var_1);
        var_4 = wp::add(var_2, var_3);
        var_6 = wp::extract(var_1, var_5);
        var_7 = wp::add(var_4, var_6);
        wp::array_store(var_a, var_0, var_7);
        // b[i] = VI * 2 + b[i]                                                                   <L 20>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::address(var_b, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_10, var_13);
        wp::array_store(var_b, var_0, var_12);
        // if VB[0]:                                                                              <L 21>
        var_16 = wp::extract(var_14, var_15);
        if (var_16) {
            // c[i] = len(VU)                                                                     <L 22>
            wp::array_store(var_c, var_0, var_18);
        }
        // c[i] = c[i] + int(VU[3]) + VI[1]                                                       <L 23>
        var_19 = wp::address(var_c, var_0);
        var_21 = wp::extract(var_17, var_20);
        var_22 = wp::int(var_21);
        var_24 = wp::load(var_19);
        var_23 = wp::add(var_24, var_22);
        var_26 = wp::extract(var_8, var_25);
        var_27 = wp::add(var_23, var_26);
        wp::array_store(var_c, var_0, var_27);
        // w = V2 + wp.vec2(1.0, 2.0)                                                             <L 24>
        var_31 = wp::vec_t<2, wp::float32>(var_29, var_30);
        var_32 = wp::add(var_28, var_31);
        // x = wp.dot(V, wp.vec3d(1.0, 1.0, 1.0))                                                 <L 25>
        var_36 = wp::vec_t<3, wp::float64>(var_37, var_38, var_39);
        var_40 = wp::dot(var_1, var_36);
        // y = V == wp.vec3d(1.0, 2.0, 3.0)                                                       <L 26>
        var_44 = wp::vec_t<3, wp::float64>(var_45, var_46, var_47);
        var_48 = (var_1 == var_44);
        // z = wp.vec3d(V)                                                                        <L 27>
        var_49 = wp::vec_t<3, wp::float64>(var_1);
    }
}



extern "C" __global__ void k_938fdcfd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::vec_t<2, wp::int32>> var_b,
    wp::array_t<wp::int32> var_c,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_b,
    wp::array_t<wp::int32> adj_c)
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
        const wp::vec_t<3, wp::float64> var_1 = wp::initializer_array<3,wp::float64>{1.0, 2.0, 3.0};
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        const wp::int32 var_5 = -1;
        wp::float64 var_6;
        wp::float64 var_7;
        const wp::vec_t<2, wp::int32> var_8 = wp::initializer_array<2,wp::int32>{1, -2};
        const wp::int32 var_9 = 2;
        wp::vec_t<2, wp::int32> var_10;
        wp::vec_t<2, wp::int32>* var_11;
        wp::vec_t<2, wp::int32> var_12;
        wp::vec_t<2, wp::int32> var_13;
        const wp::vec_t<2, bool> var_14 = wp::initializer_array<2,bool>{true, false};
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::vec_t<4, wp::uint8> var_17 = wp::initializer_array<4,wp::uint8>{1, 2, 3, 255};
        const wp::int32 var_18 = 4;
        wp::int32* var_19;
        const wp::int32 var_20 = 3;
        wp::uint8 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::vec_t<2, wp::float32> var_28 = wp::initializer_array<2,wp::float32>{1.5, 1.5};
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = 2.0;
        wp::vec_t<2, wp::float32> var_31;
        wp::vec_t<2, wp::float32> var_32;
        const wp::float32 var_33 = 1.0;
        const wp::float32 var_34 = 1.0;
        const wp::float32 var_35 = 1.0;
        wp::vec_t<3, wp::float64> var_36;
        const wp::float64 var_37 = 1.0;
        const wp::float64 var_38 = 1.0;
        const wp::float64 var_39 = 1.0;
        wp::float64 var_40;
        const wp::float32 var_41 = 1.0;
        const wp::float32 var_42 = 2.0;
        const wp::float32 var_43 = 3.0;
        wp::vec_t<3, wp::float64> var_44;
        const wp::float64 var_45 = 1.0;
        const wp::float64 var_46 = 2.0;
        const wp::float64 var_47 = 3.0;
        bool var_48;
        wp::vec_t<3, wp::float64> var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::vec_t<2, wp::int32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<2, wp::int32> adj_10 = {};
        wp::vec_t<2, wp::int32> adj_11 = {};
        wp::vec_t<2, wp::int32> adj_12 = {};
        wp::vec_t<2, wp::int32> adj_13 = {};
        wp::vec_t<2, bool> adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::vec_t<4, wp::uint8> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::uint8 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<2, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::vec_t<2, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float64> adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float64 adj_38 = {};
        wp::float64 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float64> adj_44 = {};
        wp::float64 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::float64 adj_47 = {};
        bool adj_48 = {};
        wp::vec_t<3, wp::float64> adj_49 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.vec2i), c: wp.array(dtype=int)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = first(V) + wp.length(V) + V[-1]                                                 <L 19>
        var_2 = first_0(var_1);
        var_3 = wp::length(var_1);
        var_4 = wp::add(var_2, var_3);
        var_6 = wp::extract(var_1, var_5);
        var_7 = wp::add(var_4, var_6);
        // wp::array_store(var_a, var_0, var_7);
        // b[i] = VI * 2 + b[i]                                                                   <L 20>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::address(var_b, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_10, var_13);
        // wp::array_store(var_b, var_0, var_12);
        // if VB[0]:                                                                              <L 21>
        var_16 = wp::extract(var_14, var_15);
        if (var_16) {
            // c[i] = len(VU)                                                                     <L 22>
            // wp::array_store(var_c, var_0, var_18);
        }
        // c[i] = c[i] + int(VU[3]) + VI[1]                                                       <L 23>
        var_19 = wp::address(var_c, var_0);
        var_21 = wp::extract(var_17, var_20);
        var_22 = wp::int(var_21);
        var_24 = wp::load(var_19);
        var_23 = wp::add(var_24, var_22);
        var_26 = wp::extract(var_8, var_25);
        var_27 = wp::add(var_23, var_26);
        // wp::array_store(var_c, var_0, var_27);
        // w = V2 + wp.vec2(1.0, 2.0)                                                             <L 24>
        var_31 = wp::vec_t<2, wp::float32>(var_29, var_30);
        var_32 = wp::add(var_28, var_31);
        // x = wp.dot(V, wp.vec3d(1.0, 1.0, 1.0))                                                 <L 25>
        var_36 = wp::vec_t<3, wp::float64>(var_37, var_38, var_39);
        var_40 = wp::dot(var_1, var_36);
        // y = V == wp.vec3d(1.0, 2.0, 3.0)                                                       <L 26>
        var_44 = wp::vec_t<3, wp::float64>(var_45, var_46, var_47);
        var_48 = (var_1 == var_44);
        // z = wp.vec3d(V)                                                                        <L 27>
        var_49 = wp::vec_t<3, wp::float64>(var_1);
        //---------
        // reverse
        wp::adj_vec_t(var_1, adj_1, adj_49);
        // adj: z = wp.vec3d(V)                                                                   <L 27>
        wp::adj_vec_t(var_45, var_46, var_47, adj_45, adj_46, adj_47, adj_44);
        // adj: y = V == wp.vec3d(1.0, 2.0, 3.0)                                                  <L 26>
        wp::adj_dot(var_1, var_36, adj_1, adj_36, adj_40);
        wp::adj_vec_t(var_37, var_38, var_39, adj_37, adj_38, adj_39, adj_36);
        // adj: x = wp.dot(V, wp.vec3d(1.0, 1.0, 1.0))                                            <L 25>
        wp::adj_add(var_28, var_31, adj_28, adj_31, adj_32);
        wp::adj_vec_t(var_29, var_30, adj_29, adj_30, adj_31);
        // adj: w = V2 + wp.vec2(1.0, 2.0)                                                        <L 24>
        wp::adj_array_store(var_c, var_0, var_27, adj_c, adj_0, adj_27);
        wp::adj_add(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_extract(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_add(var_24, var_22, adj_19, adj_22, adj_23);
        wp::adj_extract(var_17, var_20, adj_17, adj_20, adj_21);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_19);
        // adj: c[i] = c[i] + int(VU[3]) + VI[1]                                                  <L 23>
        if (var_16) {
            wp::adj_array_store(var_c, var_0, var_18, adj_c, adj_0, adj_18);
            // adj: c[i] = len(VU)                                                                <L 22>
        }
        wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: if VB[0]:                                                                         <L 21>
        wp::adj_array_store(var_b, var_0, var_12, adj_b, adj_0, adj_12);
        wp::adj_add(var_10, var_13, adj_10, adj_11, adj_12);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_11);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: b[i] = VI * 2 + b[i]                                                              <L 20>
        wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
        wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_extract(var_1, var_5, adj_1, adj_5, adj_6);
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_length(var_1, var_3, adj_1, adj_3);
        adj_first_0(var_1, adj_1, adj_2);
        // adj: a[i] = first(V) + wp.length(V) + V[-1]                                            <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(a: wp.array(dtype=wp.float64), b: wp.array(dtype=wp.vec2i), c: wp.array(dtype=int)):  <L 17>
        continue;
    }
}

