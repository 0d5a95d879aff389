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



extern "C" __global__ void k_8575cd95_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::quat_t<wp::float64>> var_q,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_m)
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
        const wp::int32 var_1 = 3;
        wp::mat_t<3, 3, wp::float64> var_2;
        const wp::int32 var_3 = 2;
        wp::mat_t<2, 2, wp::float32> var_4;
        const wp::int32 var_5 = 3;
        wp::mat_t<3, 3, wp::float64> var_6;
        const wp::int32 var_7 = 4;
        wp::mat_t<4, 4, wp::int32> var_8;
        const wp::int32 var_9 = 3;
        wp::mat_t<3, 3, wp::float64> var_10;
        wp::mat_t<3, 3, wp::float64> var_11;
        wp::mat_t<3, 3, wp::float64> var_12;
        wp::float64* var_13;
        const wp::float32 var_14 = 0.1;
        wp::float64* var_15;
        const wp::float32 var_16 = 2.0;
        wp::quat_t<wp::float64> var_17;
        const wp::float64 var_18 = 0.1;
        const wp::float64 var_19 = 2.0;
        wp::float64 var_20;
        wp::float64 var_21;
        const wp::float32 var_22 = 0.5;
        const wp::float32 var_23 = 1.0;
        const wp::float32 var_24 = 2.0;
        const wp::float32 var_25 = 3.0;
        wp::quat_t<wp::float64> var_26;
        const wp::float64 var_27 = 0.5;
        const wp::float64 var_28 = 1.0;
        const wp::float64 var_29 = 2.0;
        const wp::float64 var_30 = 3.0;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 2.0;
        wp::float32* var_33;
        const wp::float32 var_34 = 4.0;
        wp::quat_t<wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.0;
        wp::vec_t<3, wp::float64> var_40;
        const wp::float64 var_41 = 1.0;
        const wp::float64 var_42 = 2.0;
        const wp::float64 var_43 = 3.0;
        const wp::float32 var_44 = 0.5;
        wp::quat_t<wp::float64> var_45;
        const wp::float64 var_46 = 0.5;
        wp::quat_t<wp::float64> var_47;
        wp::quat_t<wp::float64> var_48;
        wp::float64* var_49;
        wp::float64* var_50;
        wp::float64* var_51;
        wp::vec_t<3, wp::float64> var_52;
        wp::float64 var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64* var_56;
        wp::quat_t<wp::float64> var_57;
        wp::float64 var_58;
        wp::quat_t<wp::float64> var_59;
        wp::quat_t<wp::float64> var_60;
        wp::quat_t<wp::float64> var_61;
        wp::quat_t<wp::float64> var_62;
        wp::quat_t<wp::float64> var_63;
        const wp::int32 var_64 = 0;
        const wp::int32 var_65 = 0;
        wp::float32 var_66;
        const wp::int32 var_67 = 3;
        const wp::int32 var_68 = 3;
        wp::int32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        //---------
        // forward
        // def k(f: wp.array(dtype=float), a: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quatd), m: wp.array(dtype=wp.mat33d)):       <L 7>
        // i = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // i3 = wp.identity(n=3, dtype=wp.float64)                                                <L 9>
        var_2 = wp::identity<3, wp::float64>();
        // i2 = wp.identity(n=2, dtype=float)                                                     <L 10>
        var_4 = wp::identity<2, wp::float32>();
        // i3b = wp.identity(3, wp.float64)                                                       <L 11>
        var_6 = wp::identity<3, wp::float64>();
        // i4 = wp.identity(dtype=wp.int32, n=4)                                                  <L 12>
        var_8 = wp::identity<4, wp::int32>();
        // iN = wp.identity(N, dtype=wp.float64)                                                  <L 13>
        var_10 = wp::identity<3, wp::float64>();
        // m[i] = i3 + i3b + iN                                                                   <L 14>
        var_11 = wp::add(var_2, var_6);
        var_12 = wp::add(var_11, var_10);
        wp::array_store(var_m, var_0, var_12);
        // q1 = wp.quatd(a[i], 0.1, a[i], 2.0)                                                    <L 15>
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::address(var_a, var_0);
        var_20 = wp::load(var_13);
        var_21 = wp::load(var_15);
        var_17 = wp::quat_t<wp::float64>(var_20, var_18, var_21, var_19);
        // q2 = wp.quatd(0.5, 1.0, 2.0, 3.0)                                                      <L 16>
        var_26 = wp::quat_t<wp::float64>(var_27, var_28, var_29, var_30);
        // q3 = wp.quat(1.0, 2.0, f[i], 4.0)                                                      <L 17>
        var_33 = wp::address(var_f, var_0);
        var_36 = wp::load(var_33);
        var_35 = wp::quat_t<wp::float32>(var_31, var_32, var_36, var_34);
        // q5 = wp.quatd(wp.vec3d(1.0, 2.0, 3.0), 0.5)                                            <L 18>
        var_40 = wp::vec_t<3, wp::float64>(var_41, var_42, var_43);
        var_45 = wp::quat_t<wp::float64>(var_40, var_46);
        // q6 = wp.quatd(q3)                                                                      <L 19>
        var_47 = wp::quat_t<wp::float64>(var_35);
        // q7 = wp.quatd()                                                                        <L 20>
        var_48 = wp::quat_t<wp::float64>();
        // q8 = wp.quatd(wp.vec3d(a[i], a[i], a[i]), a[i])                                        <L 21>
        var_49 = wp::address(var_a, var_0);
        var_50 = wp::address(var_a, var_0);
        var_51 = wp::address(var_a, var_0);
        var_53 = wp::load(var_49);
        var_54 = wp::load(var_50);
        var_55 = wp::load(var_51);
        var_52 = wp::vec_t<3, wp::float64>(var_53, var_54, var_55);
        var_56 = wp::address(var_a, var_0);
        var_58 = wp::load(var_56);
        var_57 = wp::quat_t<wp::float64>(var_52, var_58);
        // q[i] = q1 + q2 + q5 + q6 + q7 + q8                                                     <L 22>
        var_59 = wp::add(var_17, var_26);
        var_60 = wp::add(var_59, var_45);
        var_61 = wp::add(var_60, var_47);
        var_62 = wp::add(var_61, var_48);
        var_63 = wp::add(var_62, var_57);
        wp::array_store(var_q, var_0, var_63);
        // f[i] = i2[0, 0] + float(i4[3, 3])                                                      <L 23>
        var_66 = wp::extract(var_4, var_64, var_65);
        var_69 = wp::extract(var_8, var_67, var_68);
        var_70 = wp::float(var_69);
        var_71 = wp::add(var_66, var_70);
        wp::array_store(var_f, var_0, var_71);
    }
}



extern "C" __global__ void k_8575cd95_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::quat_t<wp::float64>> var_q,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> var_m,
    wp::array_t<wp::float32> adj_f,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::quat_t<wp::float64>> adj_q,
    wp::array_t<wp::mat_t<3, 3, wp::float64>> adj_m)
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
        const wp::int32 var_1 = 3;
        wp::mat_t<3, 3, wp::float64> var_2;
        const wp::int32 var_3 = 2;
        wp::mat_t<2, 2, wp::float32> var_4;
        const wp::int32 var_5 = 3;
        wp::mat_t<3, 3, wp::float64> var_6;
        const wp::int32 var_7 = 4;
        wp::mat_t<4, 4, wp::int32> var_8;
        const wp::int32 var_9 = 3;
        wp::mat_t<3, 3, wp::float64> var_10;
        wp::mat_t<3, 3, wp::float64> var_11;
        wp::mat_t<3, 3, wp::float64> var_12;
        wp::float64* var_13;
        const wp::float32 var_14 = 0.1;
        wp::float64* var_15;
        const wp::float32 var_16 = 2.0;
        wp::quat_t<wp::float64> var_17;
        const wp::float64 var_18 = 0.1;
        const wp::float64 var_19 = 2.0;
        wp::float64 var_20;
        wp::float64 var_21;
        const wp::float32 var_22 = 0.5;
        const wp::float32 var_23 = 1.0;
        const wp::float32 var_24 = 2.0;
        const wp::float32 var_25 = 3.0;
        wp::quat_t<wp::float64> var_26;
        const wp::float64 var_27 = 0.5;
        const wp::float64 var_28 = 1.0;
        const wp::float64 var_29 = 2.0;
        const wp::float64 var_30 = 3.0;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 2.0;
        wp::float32* var_33;
        const wp::float32 var_34 = 4.0;
        wp::quat_t<wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.0;
        wp::vec_t<3, wp::float64> var_40;
        const wp::float64 var_41 = 1.0;
        const wp::float64 var_42 = 2.0;
        const wp::float64 var_43 = 3.0;
        const wp::float32 var_44 = 0.5;
        wp::quat_t<wp::float64> var_45;
        const wp::float64 var_46 = 0.5;
        wp::quat_t<wp::float64> var_47;
        wp::quat_t<wp::float64> var_48;
        wp::float64* var_49;
        wp::float64* var_50;
        wp::float64* var_51;
        wp::vec_t<3, wp::float64> var_52;
        wp::float64 var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64* var_56;
        wp::quat_t<wp::float64> var_57;
        wp::float64 var_58;
        wp::quat_t<wp::float64> var_59;
        wp::quat_t<wp::float64> var_60;
        wp::quat_t<wp::float64> var_61;
        wp::quat_t<wp::float64> var_62;
        wp::quat_t<wp::float64> var_63;
        const wp::int32 var_64 = 0;
        const wp::int32 var_65 = 0;
        wp::float32 var_66;
        const wp::int32 var_67 = 3;
        const wp::int32 var_68 = 3;
        wp::int32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::mat_t<3, 3, wp::float64> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::mat_t<3, 3, wp::float64> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::mat_t<4, 4, wp::int32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::mat_t<3, 3, wp::float64> adj_10 = {};
        wp::mat_t<3, 3, wp::float64> adj_11 = {};
        wp::mat_t<3, 3, wp::float64> adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::quat_t<wp::float64> adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::quat_t<wp::float64> adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::quat_t<wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float64> adj_40 = {};
        wp::float64 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::quat_t<wp::float64> adj_45 = {};
        wp::float64 adj_46 = {};
        wp::quat_t<wp::float64> adj_47 = {};
        wp::quat_t<wp::float64> adj_48 = {};
        wp::float64 adj_49 = {};
        wp::float64 adj_50 = {};
        wp::float64 adj_51 = {};
        wp::vec_t<3, wp::float64> adj_52 = {};
        wp::float64 adj_53 = {};
        wp::float64 adj_54 = {};
        wp::float64 adj_55 = {};
        wp::float64 adj_56 = {};
        wp::quat_t<wp::float64> adj_57 = {};
        wp::float64 adj_58 = {};
        wp::quat_t<wp::float64> adj_59 = {};
        wp::quat_t<wp::float64> adj_60 = {};
        wp::quat_t<wp::float64> adj_61 = {};
        wp::quat_t<wp::float64> adj_62 = {};
        wp::quat_t<wp::float64> adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        //---------
        // forward
        // def k(f: wp.array(dtype=float), a: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quatd), m: wp.array(dtype=wp.mat33d)):       <L 7>
        // i = wp.tid()                                                                           <L 8>
        var_0 = builtin_tid1d();
        // i3 = wp.identity(n=3, dtype=wp.float64)                                                <L 9>
        var_2 = wp::identity<3, wp::float64>();
        // i2 = wp.identity(n=2, dtype=float)                                                     <L 10>
        var_4 = wp::identity<2, wp::float32>();
        // i3b = wp.identity(3, wp.float64)                                                       <L 11>
        var_6 = wp::identity<3, wp::float64>();
        // i4 = wp.identity(dtype=wp.int32, n=4)                                                  <L 12>
        var_8 = wp::identity<4, wp::int32>();
        // iN = wp.identity(N, dtype=wp.float64)                                                  <L 13>
        var_10 = wp::identity<3, wp::float64>();
        // m[i] = i3 + i3b + iN                                                                   <L 14>
        var_11 = wp::add(var_2, var_6);
        var_12 = wp::add(var_11, var_10);
        // wp::array_store(var_m, var_0, var_12);
        // q1 = wp.quatd(a[i], 0.1, a[i], 2.0)                                                    <L 15>
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::address(var_a, var_0);
        var_20 = wp::load(var_13);
        var_21 = wp::load(var_15);
        var_17 = wp::quat_t<wp::float64>(var_20, var_18, var_21, var_19);
        // q2 = wp.quatd(0.5, 1.0, 2.0, 3.0)                                                      <L 16>
        var_26 = wp::quat_t<wp::float64>(var_27, var_28, var_29, var_30);
        // q3 = wp.quat(1.0, 2.0, f[i], 4.0)                                                      <L 17>
        var_33 = wp::address(var_f, var_0);
        var_36 = wp::load(var_33);
        var_35 = wp::quat_t<wp::float32>(var_31, var_32, var_36, var_34);
        // q5 = wp.quatd(wp.vec3d(1.0, 2.0, 3.0), 0.5)                                            <L 18>
        var_40 = wp::vec_t<3, wp::float64>(var_41, var_42, var_43);
        var_45 = wp::quat_t<wp::float64>(var_40, var_46);
        // q6 = wp.quatd(q3)                                                                      <L 19>
        var_47 = wp::quat_t<wp::float64>(var_35);
        // q7 = wp.quatd()                                                                        <L 20>
        var_48 = wp::quat_t<wp::float64>();
        // q8 = wp.quatd(wp.vec3d(a[i], a[i], a[i]), a[i])                                        <L 21>
        var_49 = wp::address(var_a, var_0);
        var_50 = wp::address(var_a, var_0);
        var_51 = wp::address(var_a, var_0);
        var_53 = wp::load(var_49);
        var_54 = wp::load(var_50);
        var_55 = wp::load(var_51);
        var_52 = wp::vec_t<3, wp::float64>(var_53, var_54, var_55);
        var_56 = wp::address(var_a, var_0);
        var_58 = wp::load(var_56);
        var_57 = wp::quat_t<wp::float64>(var_52, var_58);
        // q[i] = q1 + q2 + q5 + q6 + q7 + q8                                                     <L 22>
        var_59 = wp::add(var_17, var_26);
        var_60 = wp::add(var_59, var_45);
        var_61 = wp::add(var_60, var_47);
        var_62 = wp::add(var_61, var_48);
        var_63 = wp::add(var_62, var_57);
        // wp::array_store(var_q, var_0, var_63);
        // f[i] = i2[0, 0] + float(i4[3, 3])                                                      <L 23>
        var_66 = wp::extract(var_4, var_64, var_65);
        var_69 = wp::extract(var_8, var_67, var_68);
        var_70 = wp::float(var_69);
        var_71 = wp::add(var_66, var_70);
        // wp::array_store(var_f, var_0, var_71);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_0, var_71, adj_f, adj_0, adj_71);
        wp::adj_add(var_66, var_70, adj_66, adj_70, adj_71);
        wp::adj_float(var_69, adj_69, adj_70);
        wp::adj_extract(var_8, var_67, var_68, adj_8, adj_67, adj_68, adj_69);
        wp::adj_extract(var_4, var_64, var_65, adj_4, adj_64, adj_65, adj_66);
        // adj: f[i] = i2[0, 0] + float(i4[3, 3])                                                 <L 23>
        wp::adj_array_store(var_q, var_0, var_63, adj_q, adj_0, adj_63);
        wp::adj_add(var_62, var_57, adj_62, adj_57, adj_63);
        wp::adj_add(var_61, var_48, adj_61, adj_48, adj_62);
        wp::adj_add(var_60, var_47, adj_60, adj_47, adj_61);
        wp::adj_add(var_59, var_45, adj_59, adj_45, adj_60);
        wp::adj_add(var_17, var_26, adj_17, adj_26, adj_59);
        // adj: q[i] = q1 + q2 + q5 + q6 + q7 + q8                                                <L 22>
        wp::adj_quat_t(var_52, var_58, adj_52, adj_56, adj_57);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_56);
        wp::adj_vec_t(var_53, var_54, var_55, adj_49, adj_50, adj_51, adj_52);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_51);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_50);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_49);
        // adj: q8 = wp.quatd(wp.vec3d(a[i], a[i], a[i]), a[i])                                   <L 21>
        // adj: q7 = wp.quatd()                                                                   <L 20>
        wp::adj_quat_t(var_35, adj_35, adj_47);
        // adj: q6 = wp.quatd(q3)                                                                 <L 19>
        wp::adj_quat_t(var_40, var_46, adj_40, adj_46, adj_45);
        wp::adj_vec_t(var_41, var_42, var_43, adj_41, adj_42, adj_43, adj_40);
        // adj: q5 = wp.quatd(wp.vec3d(1.0, 2.0, 3.0), 0.5)                                       <L 18>
        wp::adj_quat_t(var_31, var_32, var_36, var_34, adj_31, adj_32, adj_33, adj_34, adj_35);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_33);
        // adj: q3 = wp.quat(1.0, 2.0, f[i], 4.0)                                                 <L 17>
        wp::adj_quat_t(var_27, var_28, var_29, var_30, adj_27, adj_28, adj_29, adj_30, adj_26);
        // adj: q2 = wp.quatd(0.5, 1.0, 2.0, 3.0)                                                 <L 16>
        wp::adj_quat_t(var_20, var_18, var_21, var_19, adj_13, adj_18, adj_15, adj_19, adj_17);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_15);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_13);
        // adj: q1 = wp.quatd(a[i], 0.1, a[i], 2.0)                                               <L 15>
        wp::adj_array_store(var_m, var_0, var_12, adj_m, adj_0, adj_12);
        wp::adj_add(var_11, var_10, adj_11, adj_10, adj_12);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_11);
        // adj: m[i] = i3 + i3b + iN                                                              <L 14>
        // adj: iN = wp.identity(N, dtype=wp.float64)                                             <L 13>
        // adj: i4 = wp.identity(dtype=wp.int32, n=4)                                             <L 12>
        // adj: i3b = wp.identity(3, wp.float64)                                                  <L 11>
        // adj: i2 = wp.identity(n=2, dtype=float)                                                <L 10>
        // adj: i3 = wp.identity(n=3, dtype=wp.float64)                                           <L 9>
        // adj: i = wp.tid()                                                                      <L 8>
        // adj: def k(f: wp.array(dtype=float), a: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quatd), m: wp.array(dtype=wp.mat33d)):  <L 7>
        continue;
    }
}

