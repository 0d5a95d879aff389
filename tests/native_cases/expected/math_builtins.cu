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



extern "C" __global__ void mathk_d68ff39c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 2.0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 3.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.5;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 1e-05;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 2.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.0;
        const wp::float32 var_63 = 1.0;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::int32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::int32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::float32 var_74 = 1.5e+20;
        wp::float32 var_75;
        const wp::float32 var_76 = 123456789.0;
        wp::float32 var_77;
        const wp::float32 var_78 = 0.001;
        wp::float32 var_79;
        const wp::float32 var_80 = 1e-07;
        wp::float32 var_81;
        //---------
        // forward
        // def mathk(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = wp.sin(x) + wp.cos(x) * wp.tan(x) - wp.sqrt(wp.abs(x)) + wp.exp(x) / wp.log(x + 2.0)       <L 8>
        var_4 = wp::sin(var_2);
        var_5 = wp::cos(var_2);
        var_6 = wp::tan(var_2);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::abs(var_2);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::exp(var_2);
        var_14 = wp::add(var_2, var_13);
        var_15 = wp::log(var_14);
        var_16 = wp::div(var_12, var_15);
        var_17 = wp::add(var_11, var_16);
        // y = y + wp.atan2(x, 2.0) + wp.pow(x, 3.0) + wp.floor(x) + wp.ceil(x) + wp.sign(x)       <L 9>
        var_19 = wp::atan2(var_2, var_18);
        var_20 = wp::add(var_17, var_19);
        var_22 = wp::pow(var_2, var_21);
        var_23 = wp::add(var_20, var_22);
        var_24 = wp::floor(var_2);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::ceil(var_2);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::sign(var_2);
        var_29 = wp::add(var_27, var_28);
        // y = y + wp.clamp(x, 0.0, 1.0) + wp.lerp(x, y, 0.5) + wp.min(x, y) + wp.max(x, 1.0e-5)       <L 10>
        var_32 = wp::clamp(var_2, var_30, var_31);
        var_33 = wp::add(var_29, var_32);
        var_35 = wp::lerp(var_2, var_29, var_34);
        var_36 = wp::add(var_33, var_35);
        var_37 = wp::min(var_2, var_29);
        var_38 = wp::add(var_36, var_37);
        var_40 = wp::max(var_2, var_39);
        var_41 = wp::add(var_38, var_40);
        // y = y + wp.tanh(x) + wp.log2(x) + wp.log10(x) + wp.cbrt(x) + wp.degrees(x) + wp.radians(x)       <L 11>
        var_42 = wp::tanh(var_2);
        var_43 = wp::add(var_41, var_42);
        var_44 = wp::log2(var_2);
        var_45 = wp::add(var_43, var_44);
        var_46 = wp::log10(var_2);
        var_47 = wp::add(var_45, var_46);
        var_48 = wp::cbrt(var_2);
        var_49 = wp::add(var_47, var_48);
        var_50 = wp::degrees(var_2);
        var_51 = wp::add(var_49, var_50);
        var_52 = wp::radians(var_2);
        var_53 = wp::add(var_51, var_52);
        // y = y ** 2.0                                                                           <L 12>
        var_55 = wp::pow(var_53, var_54);
        // y = y + wp.round(x) + wp.trunc(x) + wp.frac(x) + wp.smoothstep(0.0, 1.0, x)            <L 13>
        var_56 = wp::round(var_2);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::trunc(var_2);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::frac(var_2);
        var_61 = wp::add(var_59, var_60);
        var_64 = wp::smoothstep(var_62, var_63, var_2);
        var_65 = wp::add(var_61, var_64);
        // z = wp.float32(i) + float(wp.int32(x)) + float(int(y))                                 <L 14>
        var_66 = wp::float32(var_0);
        var_67 = wp::int32(var_2);
        var_68 = wp::float(var_67);
        var_69 = wp::add(var_66, var_68);
        var_70 = wp::int(var_65);
        var_71 = wp::float(var_70);
        var_72 = wp::add(var_69, var_71);
        // out[i] = y + z + 1.5e20 + 123456789.0 - 0.001 + 1e-7                                   <L 15>
        var_73 = wp::add(var_65, var_72);
        var_75 = wp::add(var_73, var_74);
        var_77 = wp::add(var_75, var_76);
        var_79 = wp::sub(var_77, var_78);
        var_81 = wp::add(var_79, var_80);
        wp::array_store(var_out, var_0, var_81);
    }
}



extern "C" __global__ void mathk_d68ff39c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 2.0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 3.0;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.5;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 1e-05;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 2.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::float32 var_62 = 0.0;
        const wp::float32 var_63 = 1.0;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::int32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::int32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::float32 var_74 = 1.5e+20;
        wp::float32 var_75;
        const wp::float32 var_76 = 123456789.0;
        wp::float32 var_77;
        const wp::float32 var_78 = 0.001;
        wp::float32 var_79;
        const wp::float32 var_80 = 1e-07;
        wp::float32 var_81;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        //---------
        // forward
        // def mathk(a: wp.array(dtype=float), out: wp.array(dtype=float)):                       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 7>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = wp.sin(x) + wp.cos(x) * wp.tan(x) - wp.sqrt(wp.abs(x)) + wp.exp(x) / wp.log(x + 2.0)       <L 8>
        var_4 = wp::sin(var_2);
        var_5 = wp::cos(var_2);
        var_6 = wp::tan(var_2);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::abs(var_2);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::exp(var_2);
        var_14 = wp::add(var_2, var_13);
        var_15 = wp::log(var_14);
        var_16 = wp::div(var_12, var_15);
        var_17 = wp::add(var_11, var_16);
        // y = y + wp.atan2(x, 2.0) + wp.pow(x, 3.0) + wp.floor(x) + wp.ceil(x) + wp.sign(x)       <L 9>
        var_19 = wp::atan2(var_2, var_18);
        var_20 = wp::add(var_17, var_19);
        var_22 = wp::pow(var_2, var_21);
        var_23 = wp::add(var_20, var_22);
        var_24 = wp::floor(var_2);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::ceil(var_2);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::sign(var_2);
        var_29 = wp::add(var_27, var_28);
        // y = y + wp.clamp(x, 0.0, 1.0) + wp.lerp(x, y, 0.5) + wp.min(x, y) + wp.max(x, 1.0e-5)       <L 10>
        var_32 = wp::clamp(var_2, var_30, var_31);
        var_33 = wp::add(var_29, var_32);
        var_35 = wp::lerp(var_2, var_29, var_34);
        var_36 = wp::add(var_33, var_35);
        var_37 = wp::min(var_2, var_29);
        var_38 = wp::add(var_36, var_37);
        var_40 = wp::max(var_2, var_39);
        var_41 = wp::add(var_38, var_40);
        // y = y + wp.tanh(x) + wp.log2(x) + wp.log10(x) + wp.cbrt(x) + wp.degrees(x) + wp.radians(x)       <L 11>
        var_42 = wp::tanh(var_2);
        var_43 = wp::add(var_41, var_42);
        var_44 = wp::log2(var_2);
        var_45 = wp::add(var_43, var_44);
        var_46 = wp::log10(var_2);
        var_47 = wp::add(var_45, var_46);
        var_48 = wp::cbrt(var_2);
        var_49 = wp::add(var_47, var_48);
        var_50 = wp::degrees(var_2);
        var_51 = wp::add(var_49, var_50);
        var_52 = wp::radians(var_2);
        var_53 = wp::add(var_51, var_52);
        // y = y ** 2.0                                                                           <L 12>
        var_55 = wp::pow(var_53, var_54);
        // y = y + wp.round(x) + wp.trunc(x) + wp.frac(x) + wp.smoothstep(0.0, 1.0, x)            <L 13>
        var_56 = wp::round(var_2);
        var_57 = wp::add(var_55, var_56);
        var_58 = wp::trunc(var_2);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::frac(var_2);
        var_61 = wp::add(var_59, var_60);
        var_64 = wp::smoothstep(var_62, var_63, var_2);
        var_65 = wp::add(var_61, var_64);
        // z = wp.float32(i) + float(wp.int32(x)) + float(int(y))                                 <L 14>
        var_66 = wp::float32(var_0);
        var_67 = wp::int32(var_2);
        var_68 = wp::float(var_67);
        var_69 = wp::add(var_66, var_68);
        var_70 = wp::int(var_65);
        var_71 = wp::float(var_70);
        var_72 = wp::add(var_69, var_71);
        // out[i] = y + z + 1.5e20 + 123456789.0 - 0.001 + 1e-7                                   <L 15>
        var_73 = wp::add(var_65, var_72);
        var_75 = wp::add(var_73, var_74);
        var_77 = wp::add(var_75, var_76);
        var_79 = wp::sub(var_77, var_78);
        var_81 = wp::add(var_79, var_80);
        // wp::array_store(var_out, var_0, var_81);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_81, adj_out, adj_0, adj_81);
        wp::adj_add(var_79, var_80, adj_79, adj_80, adj_81);
        wp::adj_sub(var_77, var_78, adj_77, adj_78, adj_79);
        wp::adj_add(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_add(var_73, var_74, adj_73, adj_74, adj_75);
        wp::adj_add(var_65, var_72, adj_65, adj_72, adj_73);
        // adj: out[i] = y + z + 1.5e20 + 123456789.0 - 0.001 + 1e-7                              <L 15>
        wp::adj_add(var_69, var_71, adj_69, adj_71, adj_72);
        wp::adj_float(var_70, adj_70, adj_71);
        wp::adj_add(var_66, var_68, adj_66, adj_68, adj_69);
        wp::adj_float(var_67, adj_67, adj_68);
        wp::adj_float32(var_0, adj_0, adj_66);
        // adj: z = wp.float32(i) + float(wp.int32(x)) + float(int(y))                            <L 14>
        wp::adj_add(var_61, var_64, adj_61, adj_64, adj_65);
        wp::adj_smoothstep(var_62, var_63, var_2, adj_62, adj_63, adj_2, adj_64);
        wp::adj_add(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
        // adj: y = y + wp.round(x) + wp.trunc(x) + wp.frac(x) + wp.smoothstep(0.0, 1.0, x)       <L 13>
        wp::adj_pow(var_53, var_54, var_55, adj_53, adj_54, adj_55);
        // adj: y = y ** 2.0                                                                      <L 12>
        wp::adj_add(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_radians(var_2, adj_2, adj_52);
        wp::adj_add(var_49, var_50, adj_49, adj_50, adj_51);
        wp::adj_degrees(var_2, adj_2, adj_50);
        wp::adj_add(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_cbrt(var_2, var_48, adj_2, adj_48);
        wp::adj_add(var_45, var_46, adj_45, adj_46, adj_47);
        wp::adj_log10(var_2, adj_2, adj_46);
        wp::adj_add(var_43, var_44, adj_43, adj_44, adj_45);
        wp::adj_log2(var_2, adj_2, adj_44);
        wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_tanh(var_2, var_42, adj_2, adj_42);
        // adj: y = y + wp.tanh(x) + wp.log2(x) + wp.log10(x) + wp.cbrt(x) + wp.degrees(x) + wp.radians(x)  <L 11>
        wp::adj_add(var_38, var_40, adj_38, adj_40, adj_41);
        wp::adj_max(var_2, var_39, adj_2, adj_39, adj_40);
        wp::adj_add(var_36, var_37, adj_36, adj_37, adj_38);
        wp::adj_min(var_2, var_29, adj_2, adj_29, adj_37);
        wp::adj_add(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_lerp(var_2, var_29, var_34, adj_2, adj_29, adj_34, adj_35);
        wp::adj_add(var_29, var_32, adj_29, adj_32, adj_33);
        wp::adj_clamp(var_2, var_30, var_31, adj_2, adj_30, adj_31, adj_32);
        // adj: y = y + wp.clamp(x, 0.0, 1.0) + wp.lerp(x, y, 0.5) + wp.min(x, y) + wp.max(x, 1.0e-5)  <L 10>
        wp::adj_add(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_pow(var_2, var_21, var_22, adj_2, adj_21, adj_22);
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_atan2(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: y = y + wp.atan2(x, 2.0) + wp.pow(x, 3.0) + wp.floor(x) + wp.ceil(x) + wp.sign(x)  <L 9>
        wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
        wp::adj_div(var_12, var_15, var_16, adj_12, adj_15, adj_16);
        wp::adj_log(var_14, adj_14, adj_15);
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_exp(var_2, var_12, adj_2, adj_12);
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
        wp::adj_abs(var_2, adj_2, adj_9);
        wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_tan(var_2, adj_2, adj_6);
        wp::adj_cos(var_2, adj_2, adj_5);
        wp::adj_sin(var_2, adj_2, adj_4);
        // adj: y = wp.sin(x) + wp.cos(x) * wp.tan(x) - wp.sqrt(wp.abs(x)) + wp.exp(x) / wp.log(x + 2.0)  <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def mathk(a: wp.array(dtype=float), out: wp.array(dtype=float)):                  <L 5>
        continue;
    }
}

