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



extern "C" __global__ void k_1b5232cf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_fd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vd,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m4,
    wp::array_t<wp::mat_t<4, 4, wp::float64>> var_m4d,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::uint32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 2;
        const wp::int32 var_6 = 3;
        wp::vec_t<3, wp::int32> var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float16 var_11;
        const wp::float32 var_12 = 2.0;
        wp::float16 var_13;
        wp::vec_t<2, wp::float16> var_14;
        wp::uint32 var_15;
        wp::uint32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        const wp::float32 var_25 = 2.0;
        wp::vec_t<2, wp::float32> var_26;
        const wp::float32 var_27 = 3.0;
        const wp::float32 var_28 = 4.0;
        wp::vec_t<2, wp::float32> var_29;
        wp::mat_t<2, 2, wp::float32> var_30;
        wp::vec_t<3, wp::float64>* var_31;
        wp::vec_t<3, wp::float64>* var_32;
        wp::vec_t<3, wp::float64>* var_33;
        wp::mat_t<3, 3, wp::float64> var_34;
        wp::vec_t<3, wp::float64> var_35;
        wp::vec_t<3, wp::float64> var_36;
        wp::vec_t<3, wp::float64> var_37;
        const wp::int32 var_38 = 1;
        const wp::int32 var_39 = 2;
        const wp::int32 var_40 = 3;
        const wp::int32 var_41 = 4;
        wp::vec_t<4, wp::int32> var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 2;
        const wp::int32 var_45 = 3;
        const wp::int32 var_46 = 4;
        wp::vec_t<4, wp::int32> var_47;
        const wp::int32 var_48 = 1;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 3;
        const wp::int32 var_51 = 4;
        wp::vec_t<4, wp::int32> var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 2;
        const wp::int32 var_55 = 3;
        const wp::int32 var_56 = 4;
        wp::vec_t<4, wp::int32> var_57;
        wp::mat_t<4, 4, wp::int32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::mat_t<3, 3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float64>* var_62;
        wp::mat_t<3, 3, wp::float64> var_63;
        wp::vec_t<3, wp::float64> var_64;
        wp::quat_t<wp::float32> var_65;
        wp::mat_t<4, 4, wp::float32>* var_66;
        wp::quat_t<wp::float32> var_67;
        wp::mat_t<4, 4, wp::float32> var_68;
        wp::mat_t<4, 4, wp::float64>* var_69;
        wp::quat_t<wp::float64> var_70;
        wp::mat_t<4, 4, wp::float64> var_71;
        wp::float32* var_72;
        const wp::float32 var_73 = 0.5;
        wp::float32* var_74;
        wp::quat_t<wp::float32> var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float64* var_78;
        wp::float64* var_79;
        wp::float64* var_80;
        wp::quat_t<wp::float64> var_81;
        wp::float64 var_82;
        wp::float64 var_83;
        wp::float64 var_84;
        wp::quat_t<wp::float32>* var_85;
        const wp::float32 var_86 = 0.3;
        wp::quat_t<wp::float32> var_87;
        wp::quat_t<wp::float32> var_88;
        wp::transform_t<wp::float32>* var_89;
        wp::transform_t<wp::float32>* var_90;
        wp::transform_t<wp::float32> var_91;
        wp::transform_t<wp::float32> var_92;
        wp::transform_t<wp::float32> var_93;
        wp::mat_t<4, 4, wp::float32>* var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::mat_t<4, 4, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::mat_t<4, 4, wp::float32>* var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::mat_t<4, 4, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::mat_t<4, 4, wp::float64>* var_105;
        wp::vec_t<3, wp::float64>* var_106;
        wp::vec_t<3, wp::float64> var_107;
        wp::mat_t<4, 4, wp::float64> var_108;
        wp::vec_t<3, wp::float64> var_109;
        wp::float32* var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32* var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32* var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32* var_125;
        const wp::float32 var_126 = 2.0;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float64* var_130;
        wp::float64 var_131;
        wp::float64 var_132;
        wp::float64* var_133;
        wp::float64 var_134;
        wp::float64 var_135;
        wp::float64 var_136;
        wp::float64* var_137;
        wp::float64* var_138;
        wp::float64 var_139;
        wp::float64 var_140;
        wp::float64 var_141;
        wp::float64 var_142;
        wp::mat_t<3, 3, wp::float32> var_143;
        wp::mat_t<4, 4, wp::float32>* var_144;
        wp::mat_t<4, 4, wp::float32> var_145;
        wp::mat_t<4, 4, wp::float32> var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 0;
        wp::float32 var_149;
        const wp::int32 var_150 = 3;
        wp::mat_t<3, 3, wp::float32> var_151;
        wp::mat_t<3, 3, wp::float32> var_152;
        wp::mat_t<3, 3, wp::float32> var_153;
        wp::vec_t<3, wp::float32>* var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32>* var_156;
        const wp::float32 var_157 = 0.1;
        wp::vec_t<3, wp::float32> var_158;
        wp::vec_t<3, wp::float32> var_159;
        wp::vec_t<3, wp::float32> var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32>* var_162;
        wp::vec_t<3, wp::float32>* var_163;
        wp::vec_t<3, wp::float32>* var_164;
        wp::vec_t<3, wp::float32>* var_165;
        wp::vec_t<3, wp::float32>* var_166;
        wp::int32 var_167;
        wp::vec_t<3, wp::float32> var_168;
        wp::vec_t<3, wp::float32> var_169;
        wp::vec_t<3, wp::float32> var_170;
        wp::vec_t<3, wp::float32> var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::vec_t<3, wp::float64>* var_173;
        wp::vec_t<3, wp::float64>* var_174;
        wp::vec_t<3, wp::float64>* var_175;
        wp::vec_t<3, wp::float64>* var_176;
        wp::vec_t<3, wp::float64>* var_177;
        wp::int32 var_178;
        wp::vec_t<3, wp::float64> var_179;
        wp::vec_t<3, wp::float64> var_180;
        wp::vec_t<3, wp::float64> var_181;
        wp::vec_t<3, wp::float64> var_182;
        wp::vec_t<3, wp::float64> var_183;
        wp::int32 var_184;
        wp::uint32 var_185;
        wp::vec_t<2, wp::float32> var_186;
        wp::vec_t<2, wp::float32> var_187;
        wp::vec_t<2, wp::float32> var_188;
        wp::vec_t<3, wp::float32> var_189;
        wp::float32* var_190;
        const wp::int32 var_191 = 3;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::float32 var_194 = 1.0;
        const wp::float32 var_195 = 2.0;
        wp::vec_t<2, wp::float32> var_196;
        const wp::int32 var_197 = 2;
        wp::uint32 var_198;
        const wp::float32 var_199 = 0.5;
        const wp::float32 var_200 = 0.5;
        wp::vec_t<2, wp::float32> var_201;
        const wp::int32 var_202 = 0;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::int32 var_207 = 0;
        const wp::int32 var_208 = 0;
        wp::float32 var_209;
        wp::float32 var_210;
        const wp::int32 var_211 = 0;
        const wp::int32 var_212 = 0;
        wp::float32 var_213;
        wp::float32 var_214;
        const wp::int32 var_215 = 1;
        const wp::int32 var_216 = 1;
        wp::float32 var_217;
        wp::float32 var_218;
        const wp::int32 var_219 = 0;
        wp::float32 var_220;
        wp::float32 var_221;
        const wp::int32 var_222 = 1;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 2;
        wp::float32 var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        const wp::int32 var_229 = 0;
        wp::float32 var_230;
        wp::float32 var_231;
        const wp::int32 var_232 = 0;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 0;
        const wp::int32 var_236 = 1;
        wp::float64 var_237;
        wp::float32 var_238;
        wp::float32 var_239;
        const wp::int32 var_240 = 1;
        const wp::int32 var_241 = 1;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 2;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::int32 var_248 = 0;
        wp::float32 var_249;
        wp::float32 var_250;
        const wp::int32 var_251 = 1;
        wp::float32 var_252;
        wp::float32 var_253;
        wp::float32 var_254;
        const wp::int32 var_255 = 0;
        const wp::int32 var_256 = 3;
        wp::int32 var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        const wp::int32 var_260 = 1;
        const wp::int32 var_261 = 2;
        wp::float64 var_262;
        const wp::int32 var_263 = 3;
        wp::float64 var_264;
        wp::float64 var_265;
        const wp::int32 var_266 = 0;
        wp::float64 var_267;
        wp::float64 var_268;
        wp::float64 var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        //---------
        // forward
        // def k(f: wp.array(dtype=float), fd: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), vd: wp.array(dtype=wp.vec3d), m4: wp.array(dtype=wp.mat44), m4d: wp.array(dtype=wp.mat44d), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // a = wp.argmin(v[i]) + wp.argmax(wp.vec3i(1, 2, 3)) + wp.argmin(wp.vec2h(wp.float16(1.0), wp.float16(2.0)))       <L 7>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::argmin(var_3);
        var_7 = wp::vec_t<3, wp::int32>(var_4, var_5, var_6);
        var_8 = wp::argmax(var_7);
        var_9 = wp::add(var_2, var_8);
        var_11 = wp::float16(var_10);
        var_13 = wp::float16(var_12);
        var_14 = wp::vec_t<2, wp::float16>(var_11, var_13);
        var_15 = wp::argmin(var_14);
        var_16 = wp::add(var_9, var_15);
        // m = wp.matrix_from_cols(v[i], v[i], v[i])                                              <L 8>
        var_17 = wp::address(var_v, var_0);
        var_18 = wp::address(var_v, var_0);
        var_19 = wp::address(var_v, var_0);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_23 = wp::load(var_19);
        var_20 = wp::matrix_from_cols<wp::float32>(var_21, var_22, var_23);
        // m2 = wp.matrix_from_rows(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))                         <L 9>
        var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
        var_29 = wp::vec_t<2, wp::float32>(var_27, var_28);
        var_30 = wp::matrix_from_rows<wp::float32>(var_26, var_29);
        // m3 = wp.matrix_from_rows(vd[i], vd[i], vd[i])                                          <L 10>
        var_31 = wp::address(var_vd, var_0);
        var_32 = wp::address(var_vd, var_0);
        var_33 = wp::address(var_vd, var_0);
        var_35 = wp::load(var_31);
        var_36 = wp::load(var_32);
        var_37 = wp::load(var_33);
        var_34 = wp::matrix_from_rows<wp::float64>(var_35, var_36, var_37);
        // m4i = wp.matrix_from_cols(wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4))       <L 11>
        var_42 = wp::vec_t<4, wp::int32>(var_38, var_39, var_40, var_41);
        var_47 = wp::vec_t<4, wp::int32>(var_43, var_44, var_45, var_46);
        var_52 = wp::vec_t<4, wp::int32>(var_48, var_49, var_50, var_51);
        var_57 = wp::vec_t<4, wp::int32>(var_53, var_54, var_55, var_56);
        var_58 = wp::matrix_from_cols<wp::int32>(var_42, var_47, var_52, var_57);
        // s = wp.skew(v[i])                                                                      <L 12>
        var_59 = wp::address(var_v, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::skew(var_61);
        // sd = wp.skew(vd[i])                                                                    <L 13>
        var_62 = wp::address(var_vd, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::skew(var_64);
        // q1 = wp.quat_from_matrix(s)                                                            <L 14>
        var_65 = wp::quat_from_matrix(var_60);
        // q2 = wp.quat_from_matrix(m4[i])                                                        <L 15>
        var_66 = wp::address(var_m4, var_0);
        var_68 = wp::load(var_66);
        var_67 = wp::quat_from_matrix(var_68);
        // q2d = wp.quat_from_matrix(m4d[i])                                                      <L 16>
        var_69 = wp::address(var_m4d, var_0);
        var_71 = wp::load(var_69);
        var_70 = wp::quat_from_matrix(var_71);
        // q3 = wp.quat_rpy(f[i], 0.5, f[i])                                                      <L 17>
        var_72 = wp::address(var_f, var_0);
        var_74 = wp::address(var_f, var_0);
        var_76 = wp::load(var_72);
        var_77 = wp::load(var_74);
        var_75 = wp::quat_rpy(var_76, var_73, var_77);
        // q3d = wp.quat_rpy(fd[i], fd[i], fd[i])                                                 <L 18>
        var_78 = wp::address(var_fd, var_0);
        var_79 = wp::address(var_fd, var_0);
        var_80 = wp::address(var_fd, var_0);
        var_82 = wp::load(var_78);
        var_83 = wp::load(var_79);
        var_84 = wp::load(var_80);
        var_81 = wp::quat_rpy(var_82, var_83, var_84);
        // q4 = wp.quat_slerp(q[i], q1, 0.3)                                                      <L 19>
        var_85 = wp::address(var_q, var_0);
        var_88 = wp::load(var_85);
        var_87 = wp::quat_slerp(var_88, var_65, var_86);
        // t2 = wp.transform_multiply(t[i], t[i])                                                 <L 20>
        var_89 = wp::address(var_t, var_0);
        var_90 = wp::address(var_t, var_0);
        var_92 = wp::load(var_89);
        var_93 = wp::load(var_90);
        var_91 = wp::transform_multiply(var_92, var_93);
        // p = wp.transform_point(m4[i], v[i]) + wp.transform_vector(m4[i], v[i])                 <L 21>
        var_94 = wp::address(var_m4, var_0);
        var_95 = wp::address(var_v, var_0);
        var_97 = wp::load(var_94);
        var_98 = wp::load(var_95);
        var_96 = wp::transform_point(var_97, var_98);
        var_99 = wp::address(var_m4, var_0);
        var_100 = wp::address(var_v, var_0);
        var_102 = wp::load(var_99);
        var_103 = wp::load(var_100);
        var_101 = wp::transform_vector(var_102, var_103);
        var_104 = wp::add(var_96, var_101);
        // pd = wp.transform_point(m4d[i], vd[i])                                                 <L 22>
        var_105 = wp::address(var_m4d, var_0);
        var_106 = wp::address(var_vd, var_0);
        var_108 = wp::load(var_105);
        var_109 = wp::load(var_106);
        var_107 = wp::transform_point(var_108, var_109);
        // e = wp.erfc(f[i]) + wp.erfinv(f[i]) + wp.erfcinv(f[i]) + wp.rint(f[i]) + wp.div_approx(f[i], 2.0)       <L 23>
        var_110 = wp::address(var_f, var_0);
        var_112 = wp::load(var_110);
        var_111 = wp::erfc(var_112);
        var_113 = wp::address(var_f, var_0);
        var_115 = wp::load(var_113);
        var_114 = wp::erfinv(var_115);
        var_116 = wp::add(var_111, var_114);
        var_117 = wp::address(var_f, var_0);
        var_119 = wp::load(var_117);
        var_118 = wp::erfcinv(var_119);
        var_120 = wp::add(var_116, var_118);
        var_121 = wp::address(var_f, var_0);
        var_123 = wp::load(var_121);
        var_122 = wp::rint(var_123);
        var_124 = wp::add(var_120, var_122);
        var_125 = wp::address(var_f, var_0);
        var_128 = wp::load(var_125);
        var_127 = wp::approx_div(var_128, var_126);
        var_129 = wp::add(var_124, var_127);
        // ed = wp.erfcinv(fd[i]) + wp.rint(fd[i]) + wp.div_approx(fd[i], fd[i])                  <L 24>
        var_130 = wp::address(var_fd, var_0);
        var_132 = wp::load(var_130);
        var_131 = wp::erfcinv(var_132);
        var_133 = wp::address(var_fd, var_0);
        var_135 = wp::load(var_133);
        var_134 = wp::rint(var_135);
        var_136 = wp::add(var_131, var_134);
        var_137 = wp::address(var_fd, var_0);
        var_138 = wp::address(var_fd, var_0);
        var_140 = wp::load(var_137);
        var_141 = wp::load(var_138);
        var_139 = wp::approx_div(var_140, var_141);
        var_142 = wp::add(var_136, var_139);
        // inv = wp.inverse_approx(m) + wp.inverse_approx(m4[i])[0, 0] * wp.identity(n=3, dtype=float)       <L 25>
        var_143 = wp::approx_inverse(var_20);
        var_144 = wp::address(var_m4, var_0);
        var_146 = wp::load(var_144);
        var_145 = wp::approx_inverse(var_146);
        var_149 = wp::extract(var_145, var_147, var_148);
        var_151 = wp::identity<3, wp::float32>();
        var_152 = wp::mul(var_149, var_151);
        var_153 = wp::add(var_143, var_152);
        // h = wp.closest_point_edge_edge(v[i], v[i], p, v[i], 0.1)                               <L 26>
        var_154 = wp::address(var_v, var_0);
        var_155 = wp::address(var_v, var_0);
        var_156 = wp::address(var_v, var_0);
        var_159 = wp::load(var_154);
        var_160 = wp::load(var_155);
        var_161 = wp::load(var_156);
        var_158 = wp::closest_point_edge_edge(var_159, var_160, var_104, var_161, var_157);
        // j = wp.intersect_tri_tri(v[i], v[i], v[i], v[i], v[i], p) + wp.intersect_tri_tri(vd[i], vd[i], vd[i], vd[i], vd[i], pd)       <L 27>
        var_162 = wp::address(var_v, var_0);
        var_163 = wp::address(var_v, var_0);
        var_164 = wp::address(var_v, var_0);
        var_165 = wp::address(var_v, var_0);
        var_166 = wp::address(var_v, var_0);
        var_168 = wp::load(var_162);
        var_169 = wp::load(var_163);
        var_170 = wp::load(var_164);
        var_171 = wp::load(var_165);
        var_172 = wp::load(var_166);
        var_167 = wp::intersect_tri_tri(var_168, var_169, var_170, var_171, var_172, var_104);
        var_173 = wp::address(var_vd, var_0);
        var_174 = wp::address(var_vd, var_0);
        var_175 = wp::address(var_vd, var_0);
        var_176 = wp::address(var_vd, var_0);
        var_177 = wp::address(var_vd, var_0);
        var_179 = wp::load(var_173);
        var_180 = wp::load(var_174);
        var_181 = wp::load(var_175);
        var_182 = wp::load(var_176);
        var_183 = wp::load(var_177);
        var_178 = wp::intersect_tri_tri(var_179, var_180, var_181, var_182, var_183, var_107);
        var_184 = wp::add(var_167, var_178);
        // st = wp.rand_init(i)                                                                   <L 28>
        var_185 = wp::rand_init(var_0);
        // s1 = wp.sample_triangle(st) + wp.sample_unit_ring(st)                                  <L 29>
        var_186 = wp::sample_triangle(var_185);
        var_187 = wp::sample_unit_ring(var_185);
        var_188 = wp::add(var_186, var_187);
        // s2 = wp.sample_unit_hemisphere_surface(st)                                             <L 30>
        var_189 = wp::sample_unit_hemisphere_surface(var_185);
        // n = wp.pnoise(st, f[i], 3) + wp.curlnoise(st, wp.vec2(1.0, 2.0), wp.uint32(2), 0.5, 0.5)[0]       <L 31>
        var_190 = wp::address(var_f, var_0);
        var_193 = wp::load(var_190);
        var_192 = wp::pnoise(var_185, var_193, var_191);
        var_196 = wp::vec_t<2, wp::float32>(var_194, var_195);
        var_198 = wp::uint32(var_197);
        var_201 = wp::curlnoise(var_185, var_196, var_198, var_199, var_200);
        var_203 = wp::extract(var_201, var_202);
        var_204 = wp::add(var_192, var_203);
        // total = e + float(a) + m[0, 0] + m2[0, 0] + s[1, 1] + q2.x + q3.y + q4.z + t2.p[0] + p[0] + float(sd[0, 1]) + inv[1, 1]       <L 32>
        var_205 = wp::float(var_16);
        var_206 = wp::add(var_129, var_205);
        var_209 = wp::extract(var_20, var_207, var_208);
        var_210 = wp::add(var_206, var_209);
        var_213 = wp::extract(var_30, var_211, var_212);
        var_214 = wp::add(var_210, var_213);
        var_217 = wp::extract(var_60, var_215, var_216);
        var_218 = wp::add(var_214, var_217);
        var_220 = wp::extract(var_67, var_219);
        var_221 = wp::add(var_218, var_220);
        var_223 = wp::extract(var_75, var_222);
        var_224 = wp::add(var_221, var_223);
        var_226 = wp::extract(var_87, var_225);
        var_227 = wp::add(var_224, var_226);
        var_228 = wp::transform_get_translation(var_91);
        var_230 = wp::extract(var_228, var_229);
        var_231 = wp::add(var_227, var_230);
        var_233 = wp::extract(var_104, var_232);
        var_234 = wp::add(var_231, var_233);
        var_237 = wp::extract(var_63, var_235, var_236);
        var_238 = wp::float(var_237);
        var_239 = wp::add(var_234, var_238);
        var_242 = wp::extract(var_153, var_240, var_241);
        var_243 = wp::add(var_239, var_242);
        // total += h[2] + float(j) + s1[0] + s2[1] + n + float(m4i[0, 3]) + float(m3[1, 2] + q2d.w + q3d.x + ed)       <L 33>
        var_245 = wp::extract(var_158, var_244);
        var_246 = wp::float(var_184);
        var_247 = wp::add(var_245, var_246);
        var_249 = wp::extract(var_188, var_248);
        var_250 = wp::add(var_247, var_249);
        var_252 = wp::extract(var_189, var_251);
        var_253 = wp::add(var_250, var_252);
        var_254 = wp::add(var_253, var_204);
        var_257 = wp::extract(var_58, var_255, var_256);
        var_258 = wp::float(var_257);
        var_259 = wp::add(var_254, var_258);
        var_262 = wp::extract(var_34, var_260, var_261);
        var_264 = wp::extract(var_70, var_263);
        var_265 = wp::add(var_262, var_264);
        var_267 = wp::extract(var_81, var_266);
        var_268 = wp::add(var_265, var_267);
        var_269 = wp::add(var_268, var_142);
        var_270 = wp::float(var_269);
        var_271 = wp::add(var_259, var_270);
        var_272 = wp::add(var_243, var_271);
        // f[i] = total                                                                           <L 34>
        wp::array_store(var_f, var_0, var_272);
    }
}



extern "C" __global__ void k_1b5232cf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_fd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vd,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m4,
    wp::array_t<wp::mat_t<4, 4, wp::float64>> var_m4d,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::transform_t<wp::float32>> var_t,
    wp::array_t<wp::float32> adj_f,
    wp::array_t<wp::float64> adj_fd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vd,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_m4,
    wp::array_t<wp::mat_t<4, 4, wp::float64>> adj_m4d,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_t)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::uint32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 1;
        const wp::int32 var_5 = 2;
        const wp::int32 var_6 = 3;
        wp::vec_t<3, wp::int32> var_7;
        wp::uint32 var_8;
        wp::uint32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float16 var_11;
        const wp::float32 var_12 = 2.0;
        wp::float16 var_13;
        wp::vec_t<2, wp::float16> var_14;
        wp::uint32 var_15;
        wp::uint32 var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        const wp::float32 var_25 = 2.0;
        wp::vec_t<2, wp::float32> var_26;
        const wp::float32 var_27 = 3.0;
        const wp::float32 var_28 = 4.0;
        wp::vec_t<2, wp::float32> var_29;
        wp::mat_t<2, 2, wp::float32> var_30;
        wp::vec_t<3, wp::float64>* var_31;
        wp::vec_t<3, wp::float64>* var_32;
        wp::vec_t<3, wp::float64>* var_33;
        wp::mat_t<3, 3, wp::float64> var_34;
        wp::vec_t<3, wp::float64> var_35;
        wp::vec_t<3, wp::float64> var_36;
        wp::vec_t<3, wp::float64> var_37;
        const wp::int32 var_38 = 1;
        const wp::int32 var_39 = 2;
        const wp::int32 var_40 = 3;
        const wp::int32 var_41 = 4;
        wp::vec_t<4, wp::int32> var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 2;
        const wp::int32 var_45 = 3;
        const wp::int32 var_46 = 4;
        wp::vec_t<4, wp::int32> var_47;
        const wp::int32 var_48 = 1;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 3;
        const wp::int32 var_51 = 4;
        wp::vec_t<4, wp::int32> var_52;
        const wp::int32 var_53 = 1;
        const wp::int32 var_54 = 2;
        const wp::int32 var_55 = 3;
        const wp::int32 var_56 = 4;
        wp::vec_t<4, wp::int32> var_57;
        wp::mat_t<4, 4, wp::int32> var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::mat_t<3, 3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float64>* var_62;
        wp::mat_t<3, 3, wp::float64> var_63;
        wp::vec_t<3, wp::float64> var_64;
        wp::quat_t<wp::float32> var_65;
        wp::mat_t<4, 4, wp::float32>* var_66;
        wp::quat_t<wp::float32> var_67;
        wp::mat_t<4, 4, wp::float32> var_68;
        wp::mat_t<4, 4, wp::float64>* var_69;
        wp::quat_t<wp::float64> var_70;
        wp::mat_t<4, 4, wp::float64> var_71;
        wp::float32* var_72;
        const wp::float32 var_73 = 0.5;
        wp::float32* var_74;
        wp::quat_t<wp::float32> var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float64* var_78;
        wp::float64* var_79;
        wp::float64* var_80;
        wp::quat_t<wp::float64> var_81;
        wp::float64 var_82;
        wp::float64 var_83;
        wp::float64 var_84;
        wp::quat_t<wp::float32>* var_85;
        const wp::float32 var_86 = 0.3;
        wp::quat_t<wp::float32> var_87;
        wp::quat_t<wp::float32> var_88;
        wp::transform_t<wp::float32>* var_89;
        wp::transform_t<wp::float32>* var_90;
        wp::transform_t<wp::float32> var_91;
        wp::transform_t<wp::float32> var_92;
        wp::transform_t<wp::float32> var_93;
        wp::mat_t<4, 4, wp::float32>* var_94;
        wp::vec_t<3, wp::float32>* var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::mat_t<4, 4, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        wp::mat_t<4, 4, wp::float32>* var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::mat_t<4, 4, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::mat_t<4, 4, wp::float64>* var_105;
        wp::vec_t<3, wp::float64>* var_106;
        wp::vec_t<3, wp::float64> var_107;
        wp::mat_t<4, 4, wp::float64> var_108;
        wp::vec_t<3, wp::float64> var_109;
        wp::float32* var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32* var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32* var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32* var_125;
        const wp::float32 var_126 = 2.0;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::float64* var_130;
        wp::float64 var_131;
        wp::float64 var_132;
        wp::float64* var_133;
        wp::float64 var_134;
        wp::float64 var_135;
        wp::float64 var_136;
        wp::float64* var_137;
        wp::float64* var_138;
        wp::float64 var_139;
        wp::float64 var_140;
        wp::float64 var_141;
        wp::float64 var_142;
        wp::mat_t<3, 3, wp::float32> var_143;
        wp::mat_t<4, 4, wp::float32>* var_144;
        wp::mat_t<4, 4, wp::float32> var_145;
        wp::mat_t<4, 4, wp::float32> var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 0;
        wp::float32 var_149;
        const wp::int32 var_150 = 3;
        wp::mat_t<3, 3, wp::float32> var_151;
        wp::mat_t<3, 3, wp::float32> var_152;
        wp::mat_t<3, 3, wp::float32> var_153;
        wp::vec_t<3, wp::float32>* var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32>* var_156;
        const wp::float32 var_157 = 0.1;
        wp::vec_t<3, wp::float32> var_158;
        wp::vec_t<3, wp::float32> var_159;
        wp::vec_t<3, wp::float32> var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32>* var_162;
        wp::vec_t<3, wp::float32>* var_163;
        wp::vec_t<3, wp::float32>* var_164;
        wp::vec_t<3, wp::float32>* var_165;
        wp::vec_t<3, wp::float32>* var_166;
        wp::int32 var_167;
        wp::vec_t<3, wp::float32> var_168;
        wp::vec_t<3, wp::float32> var_169;
        wp::vec_t<3, wp::float32> var_170;
        wp::vec_t<3, wp::float32> var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::vec_t<3, wp::float64>* var_173;
        wp::vec_t<3, wp::float64>* var_174;
        wp::vec_t<3, wp::float64>* var_175;
        wp::vec_t<3, wp::float64>* var_176;
        wp::vec_t<3, wp::float64>* var_177;
        wp::int32 var_178;
        wp::vec_t<3, wp::float64> var_179;
        wp::vec_t<3, wp::float64> var_180;
        wp::vec_t<3, wp::float64> var_181;
        wp::vec_t<3, wp::float64> var_182;
        wp::vec_t<3, wp::float64> var_183;
        wp::int32 var_184;
        wp::uint32 var_185;
        wp::vec_t<2, wp::float32> var_186;
        wp::vec_t<2, wp::float32> var_187;
        wp::vec_t<2, wp::float32> var_188;
        wp::vec_t<3, wp::float32> var_189;
        wp::float32* var_190;
        const wp::int32 var_191 = 3;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::float32 var_194 = 1.0;
        const wp::float32 var_195 = 2.0;
        wp::vec_t<2, wp::float32> var_196;
        const wp::int32 var_197 = 2;
        wp::uint32 var_198;
        const wp::float32 var_199 = 0.5;
        const wp::float32 var_200 = 0.5;
        wp::vec_t<2, wp::float32> var_201;
        const wp::int32 var_202 = 0;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::int32 var_207 = 0;
        const wp::int32 var_208 = 0;
        wp::float32 var_209;
        wp::float32 var_210;
        const wp::int32 var_211 = 0;
        const wp::int32 var_212 = 0;
        wp::float32 var_213;
        wp::float32 var_214;
        const wp::int32 var_215 = 1;
        const wp::int32 var_216 = 1;
        wp::float32 var_217;
        wp::float32 var_218;
        const wp::int32 var_219 = 0;
        wp::float32 var_220;
        wp::float32 var_221;
        const wp::int32 var_222 = 1;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 2;
        wp::float32 var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        const wp::int32 var_229 = 0;
        wp::float32 var_230;
        wp::float32 var_231;
        const wp::int32 var_232 = 0;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 0;
        const wp::int32 var_236 = 1;
        wp::float64 var_237;
        wp::float32 var_238;
        wp::float32 var_239;
        const wp::int32 var_240 = 1;
        const wp::int32 var_241 = 1;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 2;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::int32 var_248 = 0;
        wp::float32 var_249;
        wp::float32 var_250;
        const wp::int32 var_251 = 1;
        wp::float32 var_252;
        wp::float32 var_253;
        wp::float32 var_254;
        const wp::int32 var_255 = 0;
        const wp::int32 var_256 = 3;
        wp::int32 var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        const wp::int32 var_260 = 1;
        const wp::int32 var_261 = 2;
        wp::float64 var_262;
        const wp::int32 var_263 = 3;
        wp::float64 var_264;
        wp::float64 var_265;
        const wp::int32 var_266 = 0;
        wp::float64 var_267;
        wp::float64 var_268;
        wp::float64 var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::int32> adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::vec_t<2, wp::float16> adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<2, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<2, wp::float32> adj_29 = {};
        wp::mat_t<2, 2, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float64> adj_31 = {};
        wp::vec_t<3, wp::float64> adj_32 = {};
        wp::vec_t<3, wp::float64> adj_33 = {};
        wp::mat_t<3, 3, wp::float64> adj_34 = {};
        wp::vec_t<3, wp::float64> adj_35 = {};
        wp::vec_t<3, wp::float64> adj_36 = {};
        wp::vec_t<3, wp::float64> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::vec_t<4, wp::int32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::vec_t<4, wp::int32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::vec_t<4, wp::int32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<4, wp::int32> adj_57 = {};
        wp::mat_t<4, 4, wp::int32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::mat_t<3, 3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float64> adj_62 = {};
        wp::mat_t<3, 3, wp::float64> adj_63 = {};
        wp::vec_t<3, wp::float64> adj_64 = {};
        wp::quat_t<wp::float32> adj_65 = {};
        wp::mat_t<4, 4, wp::float32> adj_66 = {};
        wp::quat_t<wp::float32> adj_67 = {};
        wp::mat_t<4, 4, wp::float32> adj_68 = {};
        wp::mat_t<4, 4, wp::float64> adj_69 = {};
        wp::quat_t<wp::float64> adj_70 = {};
        wp::mat_t<4, 4, wp::float64> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::quat_t<wp::float32> adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float64 adj_78 = {};
        wp::float64 adj_79 = {};
        wp::float64 adj_80 = {};
        wp::quat_t<wp::float64> adj_81 = {};
        wp::float64 adj_82 = {};
        wp::float64 adj_83 = {};
        wp::float64 adj_84 = {};
        wp::quat_t<wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::quat_t<wp::float32> adj_87 = {};
        wp::quat_t<wp::float32> adj_88 = {};
        wp::transform_t<wp::float32> adj_89 = {};
        wp::transform_t<wp::float32> adj_90 = {};
        wp::transform_t<wp::float32> adj_91 = {};
        wp::transform_t<wp::float32> adj_92 = {};
        wp::transform_t<wp::float32> adj_93 = {};
        wp::mat_t<4, 4, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::mat_t<4, 4, wp::float32> adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::mat_t<4, 4, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::mat_t<4, 4, wp::float32> adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::mat_t<4, 4, wp::float64> adj_105 = {};
        wp::vec_t<3, wp::float64> adj_106 = {};
        wp::vec_t<3, wp::float64> adj_107 = {};
        wp::mat_t<4, 4, wp::float64> adj_108 = {};
        wp::vec_t<3, wp::float64> adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float64 adj_130 = {};
        wp::float64 adj_131 = {};
        wp::float64 adj_132 = {};
        wp::float64 adj_133 = {};
        wp::float64 adj_134 = {};
        wp::float64 adj_135 = {};
        wp::float64 adj_136 = {};
        wp::float64 adj_137 = {};
        wp::float64 adj_138 = {};
        wp::float64 adj_139 = {};
        wp::float64 adj_140 = {};
        wp::float64 adj_141 = {};
        wp::float64 adj_142 = {};
        wp::mat_t<3, 3, wp::float32> adj_143 = {};
        wp::mat_t<4, 4, wp::float32> adj_144 = {};
        wp::mat_t<4, 4, wp::float32> adj_145 = {};
        wp::mat_t<4, 4, wp::float32> adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::mat_t<3, 3, wp::float32> adj_151 = {};
        wp::mat_t<3, 3, wp::float32> adj_152 = {};
        wp::mat_t<3, 3, wp::float32> adj_153 = {};
        wp::vec_t<3, wp::float32> adj_154 = {};
        wp::vec_t<3, wp::float32> adj_155 = {};
        wp::vec_t<3, wp::float32> adj_156 = {};
        wp::float32 adj_157 = {};
        wp::vec_t<3, wp::float32> adj_158 = {};
        wp::vec_t<3, wp::float32> adj_159 = {};
        wp::vec_t<3, wp::float32> adj_160 = {};
        wp::vec_t<3, wp::float32> adj_161 = {};
        wp::vec_t<3, wp::float32> adj_162 = {};
        wp::vec_t<3, wp::float32> adj_163 = {};
        wp::vec_t<3, wp::float32> adj_164 = {};
        wp::vec_t<3, wp::float32> adj_165 = {};
        wp::vec_t<3, wp::float32> adj_166 = {};
        wp::int32 adj_167 = {};
        wp::vec_t<3, wp::float32> adj_168 = {};
        wp::vec_t<3, wp::float32> adj_169 = {};
        wp::vec_t<3, wp::float32> adj_170 = {};
        wp::vec_t<3, wp::float32> adj_171 = {};
        wp::vec_t<3, wp::float32> adj_172 = {};
        wp::vec_t<3, wp::float64> adj_173 = {};
        wp::vec_t<3, wp::float64> adj_174 = {};
        wp::vec_t<3, wp::float64> adj_175 = {};
        wp::vec_t<3, wp::float64> adj_176 = {};
        wp::vec_t<3, wp::float64> adj_177 = {};
        wp::int32 adj_178 = {};
        wp::vec_t<3, wp::float64> adj_179 = {};
        wp::vec_t<3, wp::float64> adj_180 = {};
        wp::vec_t<3, wp::float64> adj_181 = {};
        wp::vec_t<3, wp::float64> adj_182 = {};
        wp::vec_t<3, wp::float64> adj_183 = {};
        wp::int32 adj_184 = {};
        wp::uint32 adj_185 = {};
        wp::vec_t<2, wp::float32> adj_186 = {};
        wp::vec_t<2, wp::float32> adj_187 = {};
        wp::vec_t<2, wp::float32> adj_188 = {};
        wp::vec_t<3, wp::float32> adj_189 = {};
        wp::float32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::float32 adj_193 = {};
        wp::float32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::vec_t<2, wp::float32> adj_196 = {};
        wp::int32 adj_197 = {};
        wp::uint32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::float32 adj_200 = {};
        wp::vec_t<2, wp::float32> adj_201 = {};
        wp::int32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::int32 adj_207 = {};
        wp::int32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::float32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        wp::int32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::float32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::float64 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::int32 adj_240 = {};
        wp::int32 adj_241 = {};
        wp::float32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::float32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::int32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::int32 adj_260 = {};
        wp::int32 adj_261 = {};
        wp::float64 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::float64 adj_264 = {};
        wp::float64 adj_265 = {};
        wp::int32 adj_266 = {};
        wp::float64 adj_267 = {};
        wp::float64 adj_268 = {};
        wp::float64 adj_269 = {};
        wp::float32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::float32 adj_272 = {};
        //---------
        // forward
        // def k(f: wp.array(dtype=float), fd: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), vd: wp.array(dtype=wp.vec3d), m4: wp.array(dtype=wp.mat44), m4d: wp.array(dtype=wp.mat44d), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // a = wp.argmin(v[i]) + wp.argmax(wp.vec3i(1, 2, 3)) + wp.argmin(wp.vec2h(wp.float16(1.0), wp.float16(2.0)))       <L 7>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::argmin(var_3);
        var_7 = wp::vec_t<3, wp::int32>(var_4, var_5, var_6);
        var_8 = wp::argmax(var_7);
        var_9 = wp::add(var_2, var_8);
        var_11 = wp::float16(var_10);
        var_13 = wp::float16(var_12);
        var_14 = wp::vec_t<2, wp::float16>(var_11, var_13);
        var_15 = wp::argmin(var_14);
        var_16 = wp::add(var_9, var_15);
        // m = wp.matrix_from_cols(v[i], v[i], v[i])                                              <L 8>
        var_17 = wp::address(var_v, var_0);
        var_18 = wp::address(var_v, var_0);
        var_19 = wp::address(var_v, var_0);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_23 = wp::load(var_19);
        var_20 = wp::matrix_from_cols<wp::float32>(var_21, var_22, var_23);
        // m2 = wp.matrix_from_rows(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))                         <L 9>
        var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
        var_29 = wp::vec_t<2, wp::float32>(var_27, var_28);
        var_30 = wp::matrix_from_rows<wp::float32>(var_26, var_29);
        // m3 = wp.matrix_from_rows(vd[i], vd[i], vd[i])                                          <L 10>
        var_31 = wp::address(var_vd, var_0);
        var_32 = wp::address(var_vd, var_0);
        var_33 = wp::address(var_vd, var_0);
        var_35 = wp::load(var_31);
        var_36 = wp::load(var_32);
        var_37 = wp::load(var_33);
        var_34 = wp::matrix_from_rows<wp::float64>(var_35, var_36, var_37);
        // m4i = wp.matrix_from_cols(wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4))       <L 11>
        var_42 = wp::vec_t<4, wp::int32>(var_38, var_39, var_40, var_41);
        var_47 = wp::vec_t<4, wp::int32>(var_43, var_44, var_45, var_46);
        var_52 = wp::vec_t<4, wp::int32>(var_48, var_49, var_50, var_51);
        var_57 = wp::vec_t<4, wp::int32>(var_53, var_54, var_55, var_56);
        var_58 = wp::matrix_from_cols<wp::int32>(var_42, var_47, var_52, var_57);
        // s = wp.skew(v[i])                                                                      <L 12>
        var_59 = wp::address(var_v, var_0);
        var_61 = wp::load(var_59);
        var_60 = wp::skew(var_61);
        // sd = wp.skew(vd[i])                                                                    <L 13>
        var_62 = wp::address(var_vd, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::skew(var_64);
        // q1 = wp.quat_from_matrix(s)                                                            <L 14>
        var_65 = wp::quat_from_matrix(var_60);
        // q2 = wp.quat_from_matrix(m4[i])                                                        <L 15>
        var_66 = wp::address(var_m4, var_0);
        var_68 = wp::load(var_66);
        var_67 = wp::quat_from_matrix(var_68);
        // q2d = wp.quat_from_matrix(m4d[i])                                                      <L 16>
        var_69 = wp::address(var_m4d, var_0);
        var_71 = wp::load(var_69);
        var_70 = wp::quat_from_matrix(var_71);
        // q3 = wp.quat_rpy(f[i], 0.5, f[i])                                                      <L 17>
        var_72 = wp::address(var_f, var_0);
        var_74 = wp::address(var_f, var_0);
        var_76 = wp::load(var_72);
        var_77 = wp::load(var_74);
        var_75 = wp::quat_rpy(var_76, var_73, var_77);
        // q3d = wp.quat_rpy(fd[i], fd[i], fd[i])                                                 <L 18>
        var_78 = wp::address(var_fd, var_0);
        var_79 = wp::address(var_fd, var_0);
        var_80 = wp::address(var_fd, var_0);
        var_82 = wp::load(var_78);
        var_83 = wp::load(var_79);
        var_84 = wp::load(var_80);
        var_81 = wp::quat_rpy(var_82, var_83, var_84);
        // q4 = wp.quat_slerp(q[i], q1, 0.3)                                                      <L 19>
        var_85 = wp::address(var_q, var_0);
        var_88 = wp::load(var_85);
        var_87 = wp::quat_slerp(var_88, var_65, var_86);
        // t2 = wp.transform_multiply(t[i], t[i])                                                 <L 20>
        var_89 = wp::address(var_t, var_0);
        var_90 = wp::address(var_t, var_0);
        var_92 = wp::load(var_89);
        var_93 = wp::load(var_90);
        var_91 = wp::transform_multiply(var_92, var_93);
        // p = wp.transform_point(m4[i], v[i]) + wp.transform_vector(m4[i], v[i])                 <L 21>
        var_94 = wp::address(var_m4, var_0);
        var_95 = wp::address(var_v, var_0);
        var_97 = wp::load(var_94);
        var_98 = wp::load(var_95);
        var_96 = wp::transform_point(var_97, var_98);
        var_99 = wp::address(var_m4, var_0);
        var_100 = wp::address(var_v, var_0);
        var_102 = wp::load(var_99);
        var_103 = wp::load(var_100);
        var_101 = wp::transform_vector(var_102, var_103);
        var_104 = wp::add(var_96, var_101);
        // pd = wp.transform_point(m4d[i], vd[i])                                                 <L 22>
        var_105 = wp::address(var_m4d, var_0);
        var_106 = wp::address(var_vd, var_0);
        var_108 = wp::load(var_105);
        var_109 = wp::load(var_106);
        var_107 = wp::transform_point(var_108, var_109);
        // e = wp.erfc(f[i]) + wp.erfinv(f[i]) + wp.erfcinv(f[i]) + wp.rint(f[i]) + wp.div_approx(f[i], 2.0)       <L 23>
        var_110 = wp::address(var_f, var_0);
        var_112 = wp::load(var_110);
        var_111 = wp::erfc(var_112);
        var_113 = wp::address(var_f, var_0);
        var_115 = wp::load(var_113);
        var_114 = wp::erfinv(var_115);
        var_116 = wp::add(var_111, var_114);
        var_117 = wp::address(var_f, var_0);
        var_119 = wp::load(var_117);
        var_118 = wp::erfcinv(var_119);
        var_120 = wp::add(var_116, var_118);
        var_121 = wp::address(var_f, var_0);
        var_123 = wp::load(var_121);
        var_122 = wp::rint(var_123);
        var_124 = wp::add(var_120, var_122);
        var_125 = wp::address(var_f, var_0);
        var_128 = wp::load(var_125);
        var_127 = wp::approx_div(var_128, var_126);
        var_129 = wp::add(var_124, var_127);
        // ed = wp.erfcinv(fd[i]) + wp.rint(fd[i]) + wp.div_approx(fd[i], fd[i])                  <L 24>
        var_130 = wp::address(var_fd, var_0);
        var_132 = wp::load(var_130);
        var_131 = wp::erfcinv(var_132);
        var_133 = wp::address(var_fd, var_0);
        var_135 = wp::load(var_133);
        var_134 = wp::rint(var_135);
        var_136 = wp::add(var_131, var_134);
        var_137 = wp::address(var_fd, var_0);
        var_138 = wp::address(var_fd, var_0);
        var_140 = wp::load(var_137);
        var_141 = wp::load(var_138);
        var_139 = wp::approx_div(var_140, var_141);
        var_142 = wp::add(var_136, var_139);
        // inv = wp.inverse_approx(m) + wp.inverse_approx(m4[i])[0, 0] * wp.identity(n=3, dtype=float)       <L 25>
        var_143 = wp::approx_inverse(var_20);
        var_144 = wp::address(var_m4, var_0);
        var_146 = wp::load(var_144);
        var_145 = wp::approx_inverse(var_146);
        var_149 = wp::extract(var_145, var_147, var_148);
        var_151 = wp::identity<3, wp::float32>();
        var_152 = wp::mul(var_149, var_151);
        var_153 = wp::add(var_143, var_152);
        // h = wp.closest_point_edge_edge(v[i], v[i], p, v[i], 0.1)                               <L 26>
        var_154 = wp::address(var_v, var_0);
        var_155 = wp::address(var_v, var_0);
        var_156 = wp::address(var_v, var_0);
        var_159 = wp::load(var_154);
        var_160 = wp::load(var_155);
        var_161 = wp::load(var_156);
        var_158 = wp::closest_point_edge_edge(var_159, var_160, var_104, var_161, var_157);
        // j = wp.intersect_tri_tri(v[i], v[i], v[i], v[i], v[i], p) + wp.intersect_tri_tri(vd[i], vd[i], vd[i], vd[i], vd[i], pd)       <L 27>
        var_162 = wp::address(var_v, var_0);
        var_163 = wp::address(var_v, var_0);
        var_164 = wp::address(var_v, var_0);
        var_165 = wp::address(var_v, var_0);
        var_166 = wp::address(var_v, var_0);
        var_168 = wp::load(var_162);
        var_169 = wp::load(var_163);
        var_170 = wp::load(var_164);
        var_171 = wp::load(var_165);
        var_172 = wp::load(var_166);
        var_167 = wp::intersect_tri_tri(var_168, var_169, var_170, var_171, var_172, var_104);
        var_173 = wp::address(var_vd, var_0);
        var_174 = wp::address(var_vd, var_0);
        var_175 = wp::address(var_vd, var_0);
        var_176 = wp::address(var_vd, var_0);
        var_177 = wp::address(var_vd, var_0);
        var_179 = wp::load(var_173);
        var_180 = wp::load(var_174);
        var_181 = wp::load(var_175);
        var_182 = wp::load(var_176);
        var_183 = wp::load(var_177);
        var_178 = wp::intersect_tri_tri(var_179, var_180, var_181, var_182, var_183, var_107);
        var_184 = wp::add(var_167, var_178);
        // st = wp.rand_init(i)                                                                   <L 28>
        var_185 = wp::rand_init(var_0);
        // s1 = wp.sample_triangle(st) + wp.sample_unit_ring(st)                                  <L 29>
        var_186 = wp::sample_triangle(var_185);
        var_187 = wp::sample_unit_ring(var_185);
        var_188 = wp::add(var_186, var_187);
        // s2 = wp.sample_unit_hemisphere_surface(st)                                             <L 30>
        var_189 = wp::sample_unit_hemisphere_surface(var_185);
        // n = wp.pnoise(st, f[i], 3) + wp.curlnoise(st, wp.vec2(1.0, 2.0), wp.uint32(2), 0.5, 0.5)[0]       <L 31>
        var_190 = wp::address(var_f, var_0);
        var_193 = wp::load(var_190);
        var_192 = wp::pnoise(var_185, var_193, var_191);
        var_196 = wp::vec_t<2, wp::float32>(var_194, var_195);
        var_198 = wp::uint32(var_197);
        var_201 = wp::curlnoise(var_185, var_196, var_198, var_199, var_200);
        var_203 = wp::extract(var_201, var_202);
        var_204 = wp::add(var_192, var_203);
        // total = e + float(a) + m[0, 0] + m2[0, 0] + s[1, 1] + q2.x + q3.y + q4.z + t2.p[0] + p[0] + float(sd[0, 1]) + inv[1, 1]       <L 32>
        var_205 = wp::float(var_16);
        var_206 = wp::add(var_129, var_205);
        var_209 = wp::extract(var_20, var_207, var_208);
        var_210 = wp::add(var_206, var_209);
        var_213 = wp::extract(var_30, var_211, var_212);
        var_214 = wp::add(var_210, var_213);
        var_217 = wp::extract(var_60, var_215, var_216);
        var_218 = wp::add(var_214, var_217);
        var_220 = wp::extract(var_67, var_219);
        var_221 = wp::add(var_218, var_220);
        var_223 = wp::extract(var_75, var_222);
        var_224 = wp::add(var_221, var_223);
        var_226 = wp::extract(var_87, var_225);
        var_227 = wp::add(var_224, var_226);
        var_228 = wp::transform_get_translation(var_91);
        var_230 = wp::extract(var_228, var_229);
        var_231 = wp::add(var_227, var_230);
        var_233 = wp::extract(var_104, var_232);
        var_234 = wp::add(var_231, var_233);
        var_237 = wp::extract(var_63, var_235, var_236);
        var_238 = wp::float(var_237);
        var_239 = wp::add(var_234, var_238);
        var_242 = wp::extract(var_153, var_240, var_241);
        var_243 = wp::add(var_239, var_242);
        // total += h[2] + float(j) + s1[0] + s2[1] + n + float(m4i[0, 3]) + float(m3[1, 2] + q2d.w + q3d.x + ed)       <L 33>
        var_245 = wp::extract(var_158, var_244);
        var_246 = wp::float(var_184);
        var_247 = wp::add(var_245, var_246);
        var_249 = wp::extract(var_188, var_248);
        var_250 = wp::add(var_247, var_249);
        var_252 = wp::extract(var_189, var_251);
        var_253 = wp::add(var_250, var_252);
        var_254 = wp::add(var_253, var_204);
        var_257 = wp::extract(var_58, var_255, var_256);
        var_258 = wp::float(var_257);
        var_259 = wp::add(var_254, var_258);
        var_262 = wp::extract(var_34, var_260, var_261);
        var_264 = wp::extract(var_70, var_263);
        var_265 = wp::add(var_262, var_264);
        var_267 = wp::extract(var_81, var_266);
        var_268 = wp::add(var_265, var_267);
        var_269 = wp::add(var_268, var_142);
        var_270 = wp::float(var_269);
        var_271 = wp::add(var_259, var_270);
        var_272 = wp::add(var_243, var_271);
        // f[i] = total                                                                           <L 34>
        // wp::array_store(var_f, var_0, var_272);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_0, var_272, adj_f, adj_0, adj_272);
        // adj: f[i] = total                                                                      <L 34>
        wp::adj_add(var_243, var_271, adj_243, adj_271, adj_272);
        wp::adj_add(var_259, var_270, adj_259, adj_270, adj_271);
        wp::adj_float(var_269, adj_269, adj_270);
        wp::adj_add(var_268, var_142, adj_268, adj_142, adj_269);
        wp::adj_add(var_265, var_267, adj_265, adj_267, adj_268);
        wp::adj_extract(var_81, var_266, adj_81, adj_266, adj_267);
        wp::adj_add(var_262, var_264, adj_262, adj_264, adj_265);
        wp::adj_extract(var_70, var_263, adj_70, adj_263, adj_264);
        wp::adj_extract(var_34, var_260, var_261, adj_34, adj_260, adj_261, adj_262);
        wp::adj_add(var_254, var_258, adj_254, adj_258, adj_259);
        wp::adj_float(var_257, adj_257, adj_258);
        wp::adj_extract(var_58, var_255, var_256, adj_58, adj_255, adj_256, adj_257);
        wp::adj_add(var_253, var_204, adj_253, adj_204, adj_254);
        wp::adj_add(var_250, var_252, adj_250, adj_252, adj_253);
        wp::adj_extract(var_189, var_251, adj_189, adj_251, adj_252);
        wp::adj_add(var_247, var_249, adj_247, adj_249, adj_250);
        wp::adj_extract(var_188, var_248, adj_188, adj_248, adj_249);
        wp::adj_add(var_245, var_246, adj_245, adj_246, adj_247);
        wp::adj_float(var_184, adj_184, adj_246);
        wp::adj_extract(var_158, var_244, adj_158, adj_244, adj_245);
        // adj: total += h[2] + float(j) + s1[0] + s2[1] + n + float(m4i[0, 3]) + float(m3[1, 2] + q2d.w + q3d.x + ed)  <L 33>
        wp::adj_add(var_239, var_242, adj_239, adj_242, adj_243);
        wp::adj_extract(var_153, var_240, var_241, adj_153, adj_240, adj_241, adj_242);
        wp::adj_add(var_234, var_238, adj_234, adj_238, adj_239);
        wp::adj_float(var_237, adj_237, adj_238);
        wp::adj_extract(var_63, var_235, var_236, adj_63, adj_235, adj_236, adj_237);
        wp::adj_add(var_231, var_233, adj_231, adj_233, adj_234);
        wp::adj_extract(var_104, var_232, adj_104, adj_232, adj_233);
        wp::adj_add(var_227, var_230, adj_227, adj_230, adj_231);
        wp::adj_extract(var_228, var_229, adj_228, adj_229, adj_230);
        wp::adj_transform_get_translation(var_91, adj_91, adj_228);
        wp::adj_add(var_224, var_226, adj_224, adj_226, adj_227);
        wp::adj_extract(var_87, var_225, adj_87, adj_225, adj_226);
        wp::adj_add(var_221, var_223, adj_221, adj_223, adj_224);
        wp::adj_extract(var_75, var_222, adj_75, adj_222, adj_223);
        wp::adj_add(var_218, var_220, adj_218, adj_220, adj_221);
        wp::adj_extract(var_67, var_219, adj_67, adj_219, adj_220);
        wp::adj_add(var_214, var_217, adj_214, adj_217, adj_218);
        wp::adj_extract(var_60, var_215, var_216, adj_60, adj_215, adj_216, adj_217);
        wp::adj_add(var_210, var_213, adj_210, adj_213, adj_214);
        wp::adj_extract(var_30, var_211, var_212, adj_30, adj_211, adj_212, adj_213);
        wp::adj_add(var_206, var_209, adj_206, adj_209, adj_210);
        wp::adj_extract(var_20, var_207, var_208, adj_20, adj_207, adj_208, adj_209);
        wp::adj_add(var_129, var_205, adj_129, adj_205, adj_206);
        wp::adj_float(var_16, adj_16, adj_205);
        // adj: total = e + float(a) + m[0, 0] + m2[0, 0] + s[1, 1] + q2.x + q3.y + q4.z + t2.p[0] + p[0] + float(sd[0, 1]) + inv[1, 1]  <L 32>
        wp::adj_add(var_192, var_203, adj_192, adj_203, adj_204);
        wp::adj_extract(var_201, var_202, adj_201, adj_202, adj_203);
        wp::adj_curlnoise(var_185, var_196, var_198, var_199, var_200, adj_185, adj_196, adj_198, adj_199, adj_200, adj_201);
        wp::adj_vec_t(var_194, var_195, adj_194, adj_195, adj_196);
        wp::adj_pnoise(var_185, var_193, var_191, adj_185, adj_190, adj_191, adj_192);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_190);
        // adj: n = wp.pnoise(st, f[i], 3) + wp.curlnoise(st, wp.vec2(1.0, 2.0), wp.uint32(2), 0.5, 0.5)[0]  <L 31>
        // adj: s2 = wp.sample_unit_hemisphere_surface(st)                                        <L 30>
        wp::adj_add(var_186, var_187, adj_186, adj_187, adj_188);
        // adj: s1 = wp.sample_triangle(st) + wp.sample_unit_ring(st)                             <L 29>
        // adj: st = wp.rand_init(i)                                                              <L 28>
        wp::adj_add(var_167, var_178, adj_167, adj_178, adj_184);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_177);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_176);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_175);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_174);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_173);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_166);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_165);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_164);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_163);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_162);
        // adj: j = wp.intersect_tri_tri(v[i], v[i], v[i], v[i], v[i], p) + wp.intersect_tri_tri(vd[i], vd[i], vd[i], vd[i], vd[i], pd)  <L 27>
        wp::adj_closest_point_edge_edge(var_159, var_160, var_104, var_161, var_157, adj_154, adj_155, adj_104, adj_156, adj_157, adj_158);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_156);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_155);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_154);
        // adj: h = wp.closest_point_edge_edge(v[i], v[i], p, v[i], 0.1)                          <L 26>
        wp::adj_add(var_143, var_152, adj_143, adj_152, adj_153);
        wp::adj_mul(var_149, var_151, adj_149, adj_151, adj_152);
        wp::adj_extract(var_145, var_147, var_148, adj_145, adj_147, adj_148, adj_149);
        wp::adj_approx_inverse(var_146, var_145, adj_144, adj_145);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_144);
        wp::adj_approx_inverse(var_20, var_143, adj_20, adj_143);
        // adj: inv = wp.inverse_approx(m) + wp.inverse_approx(m4[i])[0, 0] * wp.identity(n=3, dtype=float)  <L 25>
        wp::adj_add(var_136, var_139, adj_136, adj_139, adj_142);
        wp::adj_approx_div(var_140, var_141, var_139, adj_137, adj_138, adj_139);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_138);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_137);
        wp::adj_add(var_131, var_134, adj_131, adj_134, adj_136);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_133);
        wp::adj_erfcinv(var_132, var_131, adj_130, adj_131);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_130);
        // adj: ed = wp.erfcinv(fd[i]) + wp.rint(fd[i]) + wp.div_approx(fd[i], fd[i])             <L 24>
        wp::adj_add(var_124, var_127, adj_124, adj_127, adj_129);
        wp::adj_approx_div(var_128, var_126, var_127, adj_125, adj_126, adj_127);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_125);
        wp::adj_add(var_120, var_122, adj_120, adj_122, adj_124);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_121);
        wp::adj_add(var_116, var_118, adj_116, adj_118, adj_120);
        wp::adj_erfcinv(var_119, var_118, adj_117, adj_118);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_117);
        wp::adj_add(var_111, var_114, adj_111, adj_114, adj_116);
        wp::adj_erfinv(var_115, var_114, adj_113, adj_114);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_113);
        wp::adj_erfc(var_112, adj_110, adj_111);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_110);
        // adj: e = wp.erfc(f[i]) + wp.erfinv(f[i]) + wp.erfcinv(f[i]) + wp.rint(f[i]) + wp.div_approx(f[i], 2.0)  <L 23>
        wp::adj_transform_point(var_108, var_109, adj_105, adj_106, adj_107);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_106);
        wp::adj_address(var_m4d, var_0, adj_m4d, adj_0, adj_105);
        // adj: pd = wp.transform_point(m4d[i], vd[i])                                            <L 22>
        wp::adj_add(var_96, var_101, adj_96, adj_101, adj_104);
        wp::adj_transform_vector(var_102, var_103, adj_99, adj_100, adj_101);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_100);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_99);
        wp::adj_transform_point(var_97, var_98, adj_94, adj_95, adj_96);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_95);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_94);
        // adj: p = wp.transform_point(m4[i], v[i]) + wp.transform_vector(m4[i], v[i])            <L 21>
        wp::adj_transform_multiply(var_92, var_93, adj_89, adj_90, adj_91);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_90);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_89);
        // adj: t2 = wp.transform_multiply(t[i], t[i])                                            <L 20>
        wp::adj_quat_slerp(var_88, var_65, var_86, var_87, adj_85, adj_65, adj_86, adj_87);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_85);
        // adj: q4 = wp.quat_slerp(q[i], q1, 0.3)                                                 <L 19>
        wp::adj_quat_rpy(var_82, var_83, var_84, adj_78, adj_79, adj_80, adj_81);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_80);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_79);
        wp::adj_address(var_fd, var_0, adj_fd, adj_0, adj_78);
        // adj: q3d = wp.quat_rpy(fd[i], fd[i], fd[i])                                            <L 18>
        wp::adj_quat_rpy(var_76, var_73, var_77, adj_72, adj_73, adj_74, adj_75);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_74);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_72);
        // adj: q3 = wp.quat_rpy(f[i], 0.5, f[i])                                                 <L 17>
        wp::adj_quat_from_matrix(var_71, adj_69, adj_70);
        wp::adj_address(var_m4d, var_0, adj_m4d, adj_0, adj_69);
        // adj: q2d = wp.quat_from_matrix(m4d[i])                                                 <L 16>
        wp::adj_quat_from_matrix(var_68, adj_66, adj_67);
        wp::adj_address(var_m4, var_0, adj_m4, adj_0, adj_66);
        // adj: q2 = wp.quat_from_matrix(m4[i])                                                   <L 15>
        wp::adj_quat_from_matrix(var_60, adj_60, adj_65);
        // adj: q1 = wp.quat_from_matrix(s)                                                       <L 14>
        wp::adj_skew(var_64, adj_62, adj_63);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_62);
        // adj: sd = wp.skew(vd[i])                                                               <L 13>
        wp::adj_skew(var_61, adj_59, adj_60);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_59);
        // adj: s = wp.skew(v[i])                                                                 <L 12>
        wp::adj_matrix_from_cols(var_42, var_47, var_52, var_57, adj_42, adj_47, adj_52, adj_57, adj_58);
        wp::adj_vec_t(var_53, var_54, var_55, var_56, adj_53, adj_54, adj_55, adj_56, adj_57);
        wp::adj_vec_t(var_48, var_49, var_50, var_51, adj_48, adj_49, adj_50, adj_51, adj_52);
        wp::adj_vec_t(var_43, var_44, var_45, var_46, adj_43, adj_44, adj_45, adj_46, adj_47);
        wp::adj_vec_t(var_38, var_39, var_40, var_41, adj_38, adj_39, adj_40, adj_41, adj_42);
        // adj: m4i = wp.matrix_from_cols(wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4), wp.vec4i(1, 2, 3, 4))  <L 11>
        wp::adj_matrix_from_rows(var_35, var_36, var_37, adj_31, adj_32, adj_33, adj_34);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_33);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_32);
        wp::adj_address(var_vd, var_0, adj_vd, adj_0, adj_31);
        // adj: m3 = wp.matrix_from_rows(vd[i], vd[i], vd[i])                                     <L 10>
        wp::adj_matrix_from_rows(var_26, var_29, adj_26, adj_29, adj_30);
        wp::adj_vec_t(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_vec_t(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: m2 = wp.matrix_from_rows(wp.vec2(1.0, 2.0), wp.vec2(3.0, 4.0))                    <L 9>
        wp::adj_matrix_from_cols(var_21, var_22, var_23, adj_17, adj_18, adj_19, adj_20);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_19);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_17);
        // adj: m = wp.matrix_from_cols(v[i], v[i], v[i])                                         <L 8>
        wp::adj_add(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_vec_t(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_float16(var_12, adj_12, adj_13);
        wp::adj_float16(var_10, adj_10, adj_11);
        wp::adj_add(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: a = wp.argmin(v[i]) + wp.argmax(wp.vec3i(1, 2, 3)) + wp.argmin(wp.vec2h(wp.float16(1.0), wp.float16(2.0)))  <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def k(f: wp.array(dtype=float), fd: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), vd: wp.array(dtype=wp.vec3d), m4: wp.array(dtype=wp.mat44), m4d: wp.array(dtype=wp.mat44d), q: wp.array(dtype=wp.quat), t: wp.array(dtype=wp.transform)):  <L 5>
        continue;
    }
}



extern "C" __global__ void k2_55a5004b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_md,
    wp::array_t<wp::float32> var_t,
    wp::array_t<wp::float64> var_td,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        wp::mat_t<2, 2, wp::float64>* var_9;
        wp::mat_t<2, 2, wp::float64>* var_10;
        wp::float64 var_11;
        wp::mat_t<2, 2, wp::float64> var_12;
        wp::mat_t<2, 2, wp::float64> var_13;
        wp::float64* var_14;
        wp::mat_t<2, 2, wp::float64> var_15;
        wp::mat_t<2, 2, wp::float64> var_16;
        wp::float64 var_17;
        wp::quat_t<wp::float32>* var_18;
        wp::quat_t<wp::float32>* var_19;
        wp::quat_t<wp::float32> var_20;
        wp::quat_t<wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        wp::quat_t<wp::float32>* var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::vec_t<4, wp::float32>* var_28;
        wp::vec_t<4, wp::float32>* var_29;
        wp::vec_t<4, wp::float32> var_30;
        wp::vec_t<4, wp::float32> var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32>* var_33;
        wp::vec_t<4, wp::float32>* var_34;
        wp::vec_t<4, wp::float32> var_35;
        wp::vec_t<4, wp::float32> var_36;
        wp::vec_t<4, wp::float32> var_37;
        wp::vec_t<4, wp::float32> var_38;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 4;
        wp::mat_t<4, 4, wp::float32> var_41;
        wp::vec_t<4, wp::float32>* var_42;
        wp::vec_t<4, wp::float32> var_43;
        wp::vec_t<4, wp::float32> var_44;
        wp::vec_t<4, wp::float32> var_45;
        wp::float32* var_46;
        const wp::float32 var_47 = 3.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // forward
        // def k2(m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat22d), t: wp.array(dtype=float), td: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quat), v: wp.array(dtype=wp.vec4)):       <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // m[i] = wp.lerp(m[i], wp.transpose(m[i]), t[i])                                         <L 40>
        var_1 = wp::address(var_m, var_0);
        var_2 = wp::address(var_m, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::transpose(var_4);
        var_5 = wp::address(var_t, var_0);
        var_7 = wp::load(var_1);
        var_8 = wp::load(var_5);
        var_6 = wp::lerp(var_7, var_3, var_8);
        wp::array_store(var_m, var_0, var_6);
        // md[i] = wp.lerp(md[i], md[i] * wp.float64(2.0), td[i])                                 <L 41>
        var_9 = wp::address(var_md, var_0);
        var_10 = wp::address(var_md, var_0);
        var_11 = 2.0;
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::address(var_td, var_0);
        var_16 = wp::load(var_9);
        var_17 = wp::load(var_14);
        var_15 = wp::lerp(var_16, var_12, var_17);
        wp::array_store(var_md, var_0, var_15);
        // q[i] = wp.mul(q[i], q[i]) + wp.mul(wp.quat_identity(), q[i])                           <L 42>
        var_18 = wp::address(var_q, var_0);
        var_19 = wp::address(var_q, var_0);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::quat_identity<wp::float32>();
        var_24 = wp::address(var_q, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_23, var_26);
        var_27 = wp::add(var_20, var_25);
        wp::array_store(var_q, var_0, var_27);
        // v[i] = wp.add(v[i], v[i]) - wp.sub(v[i], wp.neg(v[i])) + wp.mul(wp.identity(n=4, dtype=float), v[i])       <L 43>
        var_28 = wp::address(var_v, var_0);
        var_29 = wp::address(var_v, var_0);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::add(var_31, var_32);
        var_33 = wp::address(var_v, var_0);
        var_34 = wp::address(var_v, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::neg(var_36);
        var_38 = wp::load(var_33);
        var_37 = wp::sub(var_38, var_35);
        var_39 = wp::sub(var_30, var_37);
        var_41 = wp::identity<4, wp::float32>();
        var_42 = wp::address(var_v, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_41, var_44);
        var_45 = wp::add(var_39, var_43);
        wp::array_store(var_v, var_0, var_45);
        // t[i] = wp.div(t[i], 3.0) + wp.div_approx(t[i], t[i])                                   <L 44>
        var_46 = wp::address(var_t, var_0);
        var_49 = wp::load(var_46);
        var_48 = wp::div(var_49, var_47);
        var_50 = wp::address(var_t, var_0);
        var_51 = wp::address(var_t, var_0);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::approx_div(var_53, var_54);
        var_55 = wp::add(var_48, var_52);
        wp::array_store(var_t, var_0, var_55);
    }
}



extern "C" __global__ void k2_55a5004b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> var_md,
    wp::array_t<wp::float32> var_t,
    wp::array_t<wp::float64> var_td,
    wp::array_t<wp::quat_t<wp::float32>> var_q,
    wp::array_t<wp::vec_t<4, wp::float32>> var_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m,
    wp::array_t<wp::mat_t<2, 2, wp::float64>> adj_md,
    wp::array_t<wp::float32> adj_t,
    wp::array_t<wp::float64> adj_td,
    wp::array_t<wp::quat_t<wp::float32>> adj_q,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        wp::mat_t<2, 2, wp::float64>* var_9;
        wp::mat_t<2, 2, wp::float64>* var_10;
        wp::float64 var_11;
        wp::mat_t<2, 2, wp::float64> var_12;
        wp::mat_t<2, 2, wp::float64> var_13;
        wp::float64* var_14;
        wp::mat_t<2, 2, wp::float64> var_15;
        wp::mat_t<2, 2, wp::float64> var_16;
        wp::float64 var_17;
        wp::quat_t<wp::float32>* var_18;
        wp::quat_t<wp::float32>* var_19;
        wp::quat_t<wp::float32> var_20;
        wp::quat_t<wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
        wp::quat_t<wp::float32> var_23;
        wp::quat_t<wp::float32>* var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::vec_t<4, wp::float32>* var_28;
        wp::vec_t<4, wp::float32>* var_29;
        wp::vec_t<4, wp::float32> var_30;
        wp::vec_t<4, wp::float32> var_31;
        wp::vec_t<4, wp::float32> var_32;
        wp::vec_t<4, wp::float32>* var_33;
        wp::vec_t<4, wp::float32>* var_34;
        wp::vec_t<4, wp::float32> var_35;
        wp::vec_t<4, wp::float32> var_36;
        wp::vec_t<4, wp::float32> var_37;
        wp::vec_t<4, wp::float32> var_38;
        wp::vec_t<4, wp::float32> var_39;
        const wp::int32 var_40 = 4;
        wp::mat_t<4, 4, wp::float32> var_41;
        wp::vec_t<4, wp::float32>* var_42;
        wp::vec_t<4, wp::float32> var_43;
        wp::vec_t<4, wp::float32> var_44;
        wp::vec_t<4, wp::float32> var_45;
        wp::float32* var_46;
        const wp::float32 var_47 = 3.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::mat_t<2, 2, wp::float64> adj_9 = {};
        wp::mat_t<2, 2, wp::float64> adj_10 = {};
        wp::float64 adj_11 = {};
        wp::mat_t<2, 2, wp::float64> adj_12 = {};
        wp::mat_t<2, 2, wp::float64> adj_13 = {};
        wp::float64 adj_14 = {};
        wp::mat_t<2, 2, wp::float64> adj_15 = {};
        wp::mat_t<2, 2, wp::float64> adj_16 = {};
        wp::float64 adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        wp::quat_t<wp::float32> adj_19 = {};
        wp::quat_t<wp::float32> adj_20 = {};
        wp::quat_t<wp::float32> adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::quat_t<wp::float32> adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::quat_t<wp::float32> adj_26 = {};
        wp::quat_t<wp::float32> adj_27 = {};
        wp::vec_t<4, wp::float32> adj_28 = {};
        wp::vec_t<4, wp::float32> adj_29 = {};
        wp::vec_t<4, wp::float32> adj_30 = {};
        wp::vec_t<4, wp::float32> adj_31 = {};
        wp::vec_t<4, wp::float32> adj_32 = {};
        wp::vec_t<4, wp::float32> adj_33 = {};
        wp::vec_t<4, wp::float32> adj_34 = {};
        wp::vec_t<4, wp::float32> adj_35 = {};
        wp::vec_t<4, wp::float32> adj_36 = {};
        wp::vec_t<4, wp::float32> adj_37 = {};
        wp::vec_t<4, wp::float32> adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::mat_t<4, 4, wp::float32> adj_41 = {};
        wp::vec_t<4, wp::float32> adj_42 = {};
        wp::vec_t<4, wp::float32> adj_43 = {};
        wp::vec_t<4, wp::float32> adj_44 = {};
        wp::vec_t<4, wp::float32> adj_45 = {};
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
        //---------
        // forward
        // def k2(m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat22d), t: wp.array(dtype=float), td: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quat), v: wp.array(dtype=wp.vec4)):       <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // m[i] = wp.lerp(m[i], wp.transpose(m[i]), t[i])                                         <L 40>
        var_1 = wp::address(var_m, var_0);
        var_2 = wp::address(var_m, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::transpose(var_4);
        var_5 = wp::address(var_t, var_0);
        var_7 = wp::load(var_1);
        var_8 = wp::load(var_5);
        var_6 = wp::lerp(var_7, var_3, var_8);
        // wp::array_store(var_m, var_0, var_6);
        // md[i] = wp.lerp(md[i], md[i] * wp.float64(2.0), td[i])                                 <L 41>
        var_9 = wp::address(var_md, var_0);
        var_10 = wp::address(var_md, var_0);
        var_11 = 2.0;
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::address(var_td, var_0);
        var_16 = wp::load(var_9);
        var_17 = wp::load(var_14);
        var_15 = wp::lerp(var_16, var_12, var_17);
        // wp::array_store(var_md, var_0, var_15);
        // q[i] = wp.mul(q[i], q[i]) + wp.mul(wp.quat_identity(), q[i])                           <L 42>
        var_18 = wp::address(var_q, var_0);
        var_19 = wp::address(var_q, var_0);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::quat_identity<wp::float32>();
        var_24 = wp::address(var_q, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_23, var_26);
        var_27 = wp::add(var_20, var_25);
        // wp::array_store(var_q, var_0, var_27);
        // v[i] = wp.add(v[i], v[i]) - wp.sub(v[i], wp.neg(v[i])) + wp.mul(wp.identity(n=4, dtype=float), v[i])       <L 43>
        var_28 = wp::address(var_v, var_0);
        var_29 = wp::address(var_v, var_0);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::add(var_31, var_32);
        var_33 = wp::address(var_v, var_0);
        var_34 = wp::address(var_v, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::neg(var_36);
        var_38 = wp::load(var_33);
        var_37 = wp::sub(var_38, var_35);
        var_39 = wp::sub(var_30, var_37);
        var_41 = wp::identity<4, wp::float32>();
        var_42 = wp::address(var_v, var_0);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_41, var_44);
        var_45 = wp::add(var_39, var_43);
        // wp::array_store(var_v, var_0, var_45);
        // t[i] = wp.div(t[i], 3.0) + wp.div_approx(t[i], t[i])                                   <L 44>
        var_46 = wp::address(var_t, var_0);
        var_49 = wp::load(var_46);
        var_48 = wp::div(var_49, var_47);
        var_50 = wp::address(var_t, var_0);
        var_51 = wp::address(var_t, var_0);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::approx_div(var_53, var_54);
        var_55 = wp::add(var_48, var_52);
        // wp::array_store(var_t, var_0, var_55);
        //---------
        // reverse
        wp::adj_array_store(var_t, var_0, var_55, adj_t, adj_0, adj_55);
        wp::adj_add(var_48, var_52, adj_48, adj_52, adj_55);
        wp::adj_approx_div(var_53, var_54, var_52, adj_50, adj_51, adj_52);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_51);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_50);
        wp::adj_div(var_49, var_47, var_48, adj_46, adj_47, adj_48);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_46);
        // adj: t[i] = wp.div(t[i], 3.0) + wp.div_approx(t[i], t[i])                              <L 44>
        wp::adj_array_store(var_v, var_0, var_45, adj_v, adj_0, adj_45);
        wp::adj_add(var_39, var_43, adj_39, adj_43, adj_45);
        wp::adj_mul(var_41, var_44, adj_41, adj_42, adj_43);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_42);
        wp::adj_sub(var_30, var_37, adj_30, adj_37, adj_39);
        wp::adj_sub(var_38, var_35, adj_33, adj_35, adj_37);
        wp::adj_neg(var_36, adj_34, adj_35);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_34);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_33);
        wp::adj_add(var_31, var_32, adj_28, adj_29, adj_30);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_29);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_28);
        // adj: v[i] = wp.add(v[i], v[i]) - wp.sub(v[i], wp.neg(v[i])) + wp.mul(wp.identity(n=4, dtype=float), v[i])  <L 43>
        wp::adj_array_store(var_q, var_0, var_27, adj_q, adj_0, adj_27);
        wp::adj_add(var_20, var_25, adj_20, adj_25, adj_27);
        wp::adj_mul(var_23, var_26, adj_23, adj_24, adj_25);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_24);
        wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_19);
        wp::adj_address(var_q, var_0, adj_q, adj_0, adj_18);
        // adj: q[i] = wp.mul(q[i], q[i]) + wp.mul(wp.quat_identity(), q[i])                      <L 42>
        wp::adj_array_store(var_md, var_0, var_15, adj_md, adj_0, adj_15);
        wp::adj_lerp(var_16, var_12, var_17, adj_9, adj_12, adj_14, adj_15);
        wp::adj_address(var_td, var_0, adj_td, adj_0, adj_14);
        wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_address(var_md, var_0, adj_md, adj_0, adj_10);
        wp::adj_address(var_md, var_0, adj_md, adj_0, adj_9);
        // adj: md[i] = wp.lerp(md[i], md[i] * wp.float64(2.0), td[i])                            <L 41>
        wp::adj_array_store(var_m, var_0, var_6, adj_m, adj_0, adj_6);
        wp::adj_lerp(var_7, var_3, var_8, adj_1, adj_3, adj_5, adj_6);
        wp::adj_address(var_t, var_0, adj_t, adj_0, adj_5);
        wp::adj_transpose(var_4, adj_2, adj_3);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_2);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
        // adj: m[i] = wp.lerp(m[i], wp.transpose(m[i]), t[i])                                    <L 40>
        // adj: i = wp.tid()                                                                      <L 39>
        // adj: def k2(m: wp.array(dtype=wp.mat33), md: wp.array(dtype=wp.mat22d), t: wp.array(dtype=float), td: wp.array(dtype=wp.float64), q: wp.array(dtype=wp.quat), v: wp.array(dtype=wp.vec4)):  <L 38>
        continue;
    }
}



extern "C" __global__ void k3_9a76afdc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::int32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b)
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
        wp::vec_t<3, wp::int32>* var_1;
        const wp::int32 var_2 = 1;
        const wp::int32 var_3 = 2;
        const wp::int32 var_4 = 3;
        wp::vec_t<3, wp::int32> var_5;
        wp::vec_t<3, wp::int32> var_6;
        wp::vec_t<3, wp::int32> var_7;
        wp::vec_t<3, wp::float16>* var_8;
        wp::vec_t<3, wp::float16>* var_9;
        wp::vec_t<3, wp::float16> var_10;
        wp::vec_t<3, wp::float16> var_11;
        wp::vec_t<3, wp::float16> var_12;
        //---------
        // forward
        // def k3(a: wp.array(dtype=wp.vec3i), b: wp.array(dtype=wp.vec3h)):                      <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // a[i] = wp.cross(a[i], wp.vec3i(1, 2, 3))                                               <L 50>
        var_1 = wp::address(var_a, var_0);
        var_5 = wp::vec_t<3, wp::int32>(var_2, var_3, var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::cross(var_7, var_5);
        wp::array_store(var_a, var_0, var_6);
        // b[i] = wp.cross(b[i], b[i])                                                            <L 51>
        var_8 = wp::address(var_b, var_0);
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::cross(var_11, var_12);
        wp::array_store(var_b, var_0, var_10);
    }
}



extern "C" __global__ void k3_9a76afdc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::int32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_b)
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
        wp::vec_t<3, wp::int32>* var_1;
        const wp::int32 var_2 = 1;
        const wp::int32 var_3 = 2;
        const wp::int32 var_4 = 3;
        wp::vec_t<3, wp::int32> var_5;
        wp::vec_t<3, wp::int32> var_6;
        wp::vec_t<3, wp::int32> var_7;
        wp::vec_t<3, wp::float16>* var_8;
        wp::vec_t<3, wp::float16>* var_9;
        wp::vec_t<3, wp::float16> var_10;
        wp::vec_t<3, wp::float16> var_11;
        wp::vec_t<3, wp::float16> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::int32> adj_5 = {};
        wp::vec_t<3, wp::int32> adj_6 = {};
        wp::vec_t<3, wp::int32> adj_7 = {};
        wp::vec_t<3, wp::float16> adj_8 = {};
        wp::vec_t<3, wp::float16> adj_9 = {};
        wp::vec_t<3, wp::float16> adj_10 = {};
        wp::vec_t<3, wp::float16> adj_11 = {};
        wp::vec_t<3, wp::float16> adj_12 = {};
        //---------
        // forward
        // def k3(a: wp.array(dtype=wp.vec3i), b: wp.array(dtype=wp.vec3h)):                      <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // a[i] = wp.cross(a[i], wp.vec3i(1, 2, 3))                                               <L 50>
        var_1 = wp::address(var_a, var_0);
        var_5 = wp::vec_t<3, wp::int32>(var_2, var_3, var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::cross(var_7, var_5);
        // wp::array_store(var_a, var_0, var_6);
        // b[i] = wp.cross(b[i], b[i])                                                            <L 51>
        var_8 = wp::address(var_b, var_0);
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::cross(var_11, var_12);
        // wp::array_store(var_b, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_10, adj_b, adj_0, adj_10);
        wp::adj_cross(var_11, var_12, adj_8, adj_9, adj_10);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
        // adj: b[i] = wp.cross(b[i], b[i])                                                       <L 51>
        wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
        wp::adj_cross(var_7, var_5, adj_1, adj_5, adj_6);
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = wp.cross(a[i], wp.vec3i(1, 2, 3))                                          <L 50>
        // adj: i = wp.tid()                                                                      <L 49>
        // adj: def k3(a: wp.array(dtype=wp.vec3i), b: wp.array(dtype=wp.vec3h)):                 <L 48>
        continue;
    }
}

