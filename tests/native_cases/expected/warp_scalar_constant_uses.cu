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



extern "C" __global__ void k_164402c3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 2;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.5;
        const wp::int32 var_27 = 3;
        const wp::int32 var_28 = 2;
        bool var_29;
        const wp::float32 var_30 = 1.0;
        const wp::uint8 var_31 = 1;
        const wp::float32 var_32 = 2.0;
        const wp::vec_t<3, wp::float64> var_33 = wp::initializer_array<3,wp::float64>{1.0, 2.0, 3.0};
        const wp::int32 var_34 = 0;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        const wp::vec_t<2, wp::int32> var_38 = wp::initializer_array<2,wp::int32>{1, 2};
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<2, wp::float64> var_47;
        const wp::float64 var_48 = 0.5;
        const wp::float64 var_49 = 0.5;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array2d(dtype=float)):                           <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // for j in range(N):                                                                     <L 14>
        // a[i] = a[i] + float(j)                                                                 <L 15>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::float(var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::add(var_5, var_3);
        wp::array_store(var_a, var_0, var_4);
        var_7 = wp::address(var_a, var_0);
        var_8 = wp::float(var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        wp::array_store(var_a, var_0, var_9);
        var_12 = wp::address(var_a, var_0);
        var_13 = wp::float(var_11);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        wp::array_store(var_a, var_0, var_14);
        // for j in range(M):                                                                     <L 16>
        // a[i] = a[i] + float(j)                                                                 <L 17>
        var_17 = wp::address(var_a, var_0);
        var_18 = wp::float(var_16);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        wp::array_store(var_a, var_0, var_19);
        var_22 = wp::address(var_a, var_0);
        var_23 = wp::float(var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        wp::array_store(var_a, var_0, var_24);
        // a[N] = F                                                                               <L 18>
        wp::array_store(var_a, var_27, var_26);
        // if N > 2:                                                                              <L 19>
        var_29 = (var_27 > var_28);
        if (var_29) {
            // a[i] = 1.0                                                                         <L 20>
            wp::array_store(var_a, var_0, var_30);
        }
        // if B:                                                                                  <L 21>
        // a[i] = 2.0                                                                             <L 22>
        wp::array_store(var_a, var_0, var_32);
        // x = V[0] + wp.float64(2.0)                                                             <L 23>
        var_35 = wp::extract(var_33, var_34);
        var_36 = 2.0;
        var_37 = wp::add(var_35, var_36);
        // y = VI[1] * N                                                                          <L 24>
        var_40 = wp::extract(var_38, var_39);
        var_41 = wp::mul(var_40, var_27);
        // b[i, N] = float(x)                                                                     <L 25>
        var_42 = wp::float(var_37);
        wp::array_store(var_b, var_0, var_27, var_42);
        // z = -N                                                                                 <L 26>
        var_43 = wp::neg(var_27);
        // w = N + 1                                                                              <L 27>
        var_45 = wp::add(var_27, var_44);
        // s = wp.vec3(F)                                                                         <L 28>
        var_46 = wp::vec_t<3, wp::float32>(var_26);
        // t = wp.vec2d(F, F)                                                                     <L 29>
        var_47 = wp::vec_t<2, wp::float64>(var_48, var_49);
    }
}



extern "C" __global__ void k_164402c3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 1;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 2;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.5;
        const wp::int32 var_27 = 3;
        const wp::int32 var_28 = 2;
        bool var_29;
        const wp::float32 var_30 = 1.0;
        const wp::uint8 var_31 = 1;
        const wp::float32 var_32 = 2.0;
        const wp::vec_t<3, wp::float64> var_33 = wp::initializer_array<3,wp::float64>{1.0, 2.0, 3.0};
        const wp::int32 var_34 = 0;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        const wp::vec_t<2, wp::int32> var_38 = wp::initializer_array<2,wp::int32>{1, 2};
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<2, wp::float64> var_47;
        const wp::float64 var_48 = 0.5;
        const wp::float64 var_49 = 0.5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::uint8 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float64> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::vec_t<2, wp::int32> adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<2, wp::float64> adj_47 = {};
        wp::float64 adj_48 = {};
        wp::float64 adj_49 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array2d(dtype=float)):                           <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // for j in range(N):                                                                     <L 14>
        // a[i] = a[i] + float(j)                                                                 <L 15>
        var_2 = wp::address(var_a, var_0);
        var_3 = wp::float(var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::add(var_5, var_3);
        // wp::array_store(var_a, var_0, var_4);
        var_7 = wp::address(var_a, var_0);
        var_8 = wp::float(var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        // wp::array_store(var_a, var_0, var_9);
        var_12 = wp::address(var_a, var_0);
        var_13 = wp::float(var_11);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // wp::array_store(var_a, var_0, var_14);
        // for j in range(M):                                                                     <L 16>
        // a[i] = a[i] + float(j)                                                                 <L 17>
        var_17 = wp::address(var_a, var_0);
        var_18 = wp::float(var_16);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        // wp::array_store(var_a, var_0, var_19);
        var_22 = wp::address(var_a, var_0);
        var_23 = wp::float(var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        // wp::array_store(var_a, var_0, var_24);
        // a[N] = F                                                                               <L 18>
        // wp::array_store(var_a, var_27, var_26);
        // if N > 2:                                                                              <L 19>
        var_29 = (var_27 > var_28);
        if (var_29) {
            // a[i] = 1.0                                                                         <L 20>
            // wp::array_store(var_a, var_0, var_30);
        }
        // if B:                                                                                  <L 21>
        // a[i] = 2.0                                                                             <L 22>
        // wp::array_store(var_a, var_0, var_32);
        // x = V[0] + wp.float64(2.0)                                                             <L 23>
        var_35 = wp::extract(var_33, var_34);
        var_36 = 2.0;
        var_37 = wp::add(var_35, var_36);
        // y = VI[1] * N                                                                          <L 24>
        var_40 = wp::extract(var_38, var_39);
        var_41 = wp::mul(var_40, var_27);
        // b[i, N] = float(x)                                                                     <L 25>
        var_42 = wp::float(var_37);
        // wp::array_store(var_b, var_0, var_27, var_42);
        // z = -N                                                                                 <L 26>
        var_43 = wp::neg(var_27);
        // w = N + 1                                                                              <L 27>
        var_45 = wp::add(var_27, var_44);
        // s = wp.vec3(F)                                                                         <L 28>
        var_46 = wp::vec_t<3, wp::float32>(var_26);
        // t = wp.vec2d(F, F)                                                                     <L 29>
        var_47 = wp::vec_t<2, wp::float64>(var_48, var_49);
        //---------
        // reverse
        wp::adj_vec_t(var_48, var_49, adj_48, adj_49, adj_47);
        // adj: t = wp.vec2d(F, F)                                                                <L 29>
        wp::adj_vec_t(var_26, adj_26, adj_46);
        // adj: s = wp.vec3(F)                                                                    <L 28>
        wp::adj_add(var_27, var_44, adj_27, adj_44, adj_45);
        // adj: w = N + 1                                                                         <L 27>
        wp::adj_neg(var_27, adj_27, adj_43);
        // adj: z = -N                                                                            <L 26>
        wp::adj_array_store(var_b, var_0, var_27, var_42, adj_b, adj_0, adj_27, adj_42);
        wp::adj_float(var_37, adj_37, adj_42);
        // adj: b[i, N] = float(x)                                                                <L 25>
        wp::adj_mul(var_40, var_27, adj_40, adj_27, adj_41);
        wp::adj_extract(var_38, var_39, adj_38, adj_39, adj_40);
        // adj: y = VI[1] * N                                                                     <L 24>
        wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_extract(var_33, var_34, adj_33, adj_34, adj_35);
        // adj: x = V[0] + wp.float64(2.0)                                                        <L 23>
        wp::adj_array_store(var_a, var_0, var_32, adj_a, adj_0, adj_32);
        // adj: a[i] = 2.0                                                                        <L 22>
        // adj: if B:                                                                             <L 21>
        if (var_29) {
            wp::adj_array_store(var_a, var_0, var_30, adj_a, adj_0, adj_30);
            // adj: a[i] = 1.0                                                                    <L 20>
        }
        // adj: if N > 2:                                                                         <L 19>
        wp::adj_array_store(var_a, var_27, var_26, adj_a, adj_27, adj_26);
        // adj: a[N] = F                                                                          <L 18>
        wp::adj_array_store(var_a, var_0, var_24, adj_a, adj_0, adj_24);
        wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_float(var_21, adj_21, adj_23);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_22);
        wp::adj_array_store(var_a, var_0, var_19, adj_a, adj_0, adj_19);
        wp::adj_add(var_20, var_18, adj_17, adj_18, adj_19);
        wp::adj_float(var_16, adj_16, adj_18);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_17);
        // adj: a[i] = a[i] + float(j)                                                            <L 17>
        // adj: for j in range(M):                                                                <L 16>
        wp::adj_array_store(var_a, var_0, var_14, adj_a, adj_0, adj_14);
        wp::adj_add(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_float(var_11, adj_11, adj_13);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_12);
        wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
        wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_8);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        wp::adj_add(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: a[i] = a[i] + float(j)                                                            <L 15>
        // adj: for j in range(N):                                                                <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def k(a: wp.array(dtype=float), b: wp.array2d(dtype=float)):                      <L 12>
        continue;
    }
}

