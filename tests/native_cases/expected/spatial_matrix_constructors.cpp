#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

struct wp_args_k_97f21648 {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> out;
    wp::array_t<wp::mat_t<6, 6, wp::float64>> outd;
};


template <bool wp_linear_contiguous>
static void k_97f21648_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_97f21648 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<6, 6, wp::float64>> var_outd = _wp_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.5;
    const wp::float32 var_3 = 2.5;
    const wp::float32 var_4 = 3.5;
    const wp::float32 var_5 = 4.5;
    const wp::float32 var_6 = 5.5;
    const wp::float32 var_7 = 6.5;
    wp::float32* var_8;
    const wp::float32 var_9 = 8.5;
    const wp::float32 var_10 = 9.5;
    const wp::float32 var_11 = 10.5;
    const wp::float32 var_12 = 11.5;
    const wp::float32 var_13 = 12.5;
    const wp::float32 var_14 = 13.5;
    wp::float32* var_15;
    const wp::float32 var_16 = 15.5;
    const wp::float32 var_17 = 16.5;
    const wp::float32 var_18 = 17.5;
    const wp::float32 var_19 = 18.5;
    const wp::float32 var_20 = 19.5;
    const wp::float32 var_21 = 20.5;
    wp::float32* var_22;
    const wp::float32 var_23 = 22.5;
    const wp::float32 var_24 = 23.5;
    const wp::float32 var_25 = 24.5;
    const wp::float32 var_26 = 25.5;
    const wp::float32 var_27 = 26.5;
    const wp::float32 var_28 = 27.5;
    wp::float32* var_29;
    const wp::float32 var_30 = 29.5;
    const wp::float32 var_31 = 30.5;
    const wp::float32 var_32 = 31.5;
    const wp::float32 var_33 = 32.5;
    const wp::float32 var_34 = 33.5;
    const wp::float32 var_35 = 34.5;
    wp::float32* var_36;
    wp::mat_t<6, 6, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::mat_t<6, 6, wp::float32> var_44;
    const wp::float32 var_45 = 0.25;
    const wp::float32 var_46 = 1.25;
    const wp::float32 var_47 = 2.25;
    const wp::float32 var_48 = 3.25;
    const wp::float32 var_49 = 4.25;
    const wp::float32 var_50 = 5.25;
    const wp::float32 var_51 = 6.25;
    const wp::float32 var_52 = 7.25;
    const wp::float32 var_53 = 8.25;
    const wp::float32 var_54 = 9.25;
    const wp::float32 var_55 = 10.25;
    const wp::float32 var_56 = 11.25;
    const wp::float32 var_57 = 12.25;
    const wp::float32 var_58 = 13.25;
    const wp::float32 var_59 = 14.25;
    const wp::float32 var_60 = 15.25;
    const wp::float32 var_61 = 16.25;
    const wp::float32 var_62 = 17.25;
    const wp::float32 var_63 = 18.25;
    const wp::float32 var_64 = 19.25;
    const wp::float32 var_65 = 20.25;
    const wp::float32 var_66 = 21.25;
    const wp::float32 var_67 = 22.25;
    const wp::float32 var_68 = 23.25;
    const wp::float32 var_69 = 24.25;
    const wp::float32 var_70 = 25.25;
    const wp::float32 var_71 = 26.25;
    const wp::float32 var_72 = 27.25;
    const wp::float32 var_73 = 28.25;
    const wp::float32 var_74 = 29.25;
    const wp::float32 var_75 = 30.25;
    const wp::float32 var_76 = 31.25;
    const wp::float32 var_77 = 32.25;
    const wp::float32 var_78 = 33.25;
    const wp::float32 var_79 = 34.25;
    const wp::float32 var_80 = 35.25;
    wp::mat_t<6, 6, wp::float64> var_81;
    const wp::float64 var_82 = 0.25;
    const wp::float64 var_83 = 1.25;
    const wp::float64 var_84 = 2.25;
    const wp::float64 var_85 = 3.25;
    const wp::float64 var_86 = 4.25;
    const wp::float64 var_87 = 5.25;
    const wp::float64 var_88 = 6.25;
    const wp::float64 var_89 = 7.25;
    const wp::float64 var_90 = 8.25;
    const wp::float64 var_91 = 9.25;
    const wp::float64 var_92 = 10.25;
    const wp::float64 var_93 = 11.25;
    const wp::float64 var_94 = 12.25;
    const wp::float64 var_95 = 13.25;
    const wp::float64 var_96 = 14.25;
    const wp::float64 var_97 = 15.25;
    const wp::float64 var_98 = 16.25;
    const wp::float64 var_99 = 17.25;
    const wp::float64 var_100 = 18.25;
    const wp::float64 var_101 = 19.25;
    const wp::float64 var_102 = 20.25;
    const wp::float64 var_103 = 21.25;
    const wp::float64 var_104 = 22.25;
    const wp::float64 var_105 = 23.25;
    const wp::float64 var_106 = 24.25;
    const wp::float64 var_107 = 25.25;
    const wp::float64 var_108 = 26.25;
    const wp::float64 var_109 = 27.25;
    const wp::float64 var_110 = 28.25;
    const wp::float64 var_111 = 29.25;
    const wp::float64 var_112 = 30.25;
    const wp::float64 var_113 = 31.25;
    const wp::float64 var_114 = 32.25;
    const wp::float64 var_115 = 33.25;
    const wp::float64 var_116 = 34.25;
    const wp::float64 var_117 = 35.25;
    wp::mat_t<6, 6, wp::float32> var_118;
    //---------
    // forward
    // def k(f: wp.array(dtype=float), out: wp.array(dtype=wp.spatial_matrix), outd: wp.array(dtype=wp.spatial_matrixd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // m = wp.spatial_matrix(f[i], 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, f[i], 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, f[i], 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, f[i], 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, f[i], 29.5, 30.5, 31.5, 32.5, 33.5, 34.5, f[i])       <L 7>
    var_1 = wp::address(var_f, var_0);
    var_8 = wp::address(var_f, var_0);
    var_15 = wp::address(var_f, var_0);
    var_22 = wp::address(var_f, var_0);
    var_29 = wp::address(var_f, var_0);
    var_36 = wp::address(var_f, var_0);
    var_38 = wp::load(var_1);
    var_39 = wp::load(var_8);
    var_40 = wp::load(var_15);
    var_41 = wp::load(var_22);
    var_42 = wp::load(var_29);
    var_43 = wp::load(var_36);
    var_37 = wp::mat_t<6, 6, wp::float32>({var_38, var_2, var_3, var_4, var_5, var_6, var_7, var_39, var_9, var_10, var_11, var_12, var_13, var_14, var_40, var_16, var_17, var_18, var_19, var_20, var_21, var_41, var_23, var_24, var_25, var_26, var_27, var_28, var_42, var_30, var_31, var_32, var_33, var_34, var_35, var_43});
    // z = wp.spatial_matrix()                                                                <L 8>
    var_44 = wp::mat_t<6, 6, wp::float32>();
    // d = wp.spatial_matrixd(0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25, 8.25, 9.25, 10.25, 11.25, 12.25, 13.25, 14.25, 15.25, 16.25, 17.25, 18.25, 19.25, 20.25, 21.25, 22.25, 23.25, 24.25, 25.25, 26.25, 27.25, 28.25, 29.25, 30.25, 31.25, 32.25, 33.25, 34.25, 35.25)       <L 9>
    var_81 = wp::mat_t<6, 6, wp::float64>({var_82, var_83, var_84, var_85, var_86, var_87, var_88, var_89, var_90, var_91, var_92, var_93, var_94, var_95, var_96, var_97, var_98, var_99, var_100, var_101, var_102, var_103, var_104, var_105, var_106, var_107, var_108, var_109, var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_117});
    // out[i] = m + z                                                                         <L 10>
    var_118 = wp::add(var_37, var_44);
    wp::array_store(var_out, var_0, var_118);
    // outd[i] = d                                                                            <L 11>
    wp::array_store(var_outd, var_0, var_81);
}



template <bool wp_linear_contiguous>
static void k_97f21648_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_97f21648 *_wp_args,
    wp_args_k_97f21648 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<6, 6, wp::float64>> var_outd = _wp_args->outd;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<6, 6, wp::float64>> adj_outd = _wp_adj_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.5;
    const wp::float32 var_3 = 2.5;
    const wp::float32 var_4 = 3.5;
    const wp::float32 var_5 = 4.5;
    const wp::float32 var_6 = 5.5;
    const wp::float32 var_7 = 6.5;
    wp::float32* var_8;
    const wp::float32 var_9 = 8.5;
    const wp::float32 var_10 = 9.5;
    const wp::float32 var_11 = 10.5;
    const wp::float32 var_12 = 11.5;
    const wp::float32 var_13 = 12.5;
    const wp::float32 var_14 = 13.5;
    wp::float32* var_15;
    const wp::float32 var_16 = 15.5;
    const wp::float32 var_17 = 16.5;
    const wp::float32 var_18 = 17.5;
    const wp::float32 var_19 = 18.5;
    const wp::float32 var_20 = 19.5;
    const wp::float32 var_21 = 20.5;
    wp::float32* var_22;
    const wp::float32 var_23 = 22.5;
    const wp::float32 var_24 = 23.5;
    const wp::float32 var_25 = 24.5;
    const wp::float32 var_26 = 25.5;
    const wp::float32 var_27 = 26.5;
    const wp::float32 var_28 = 27.5;
    wp::float32* var_29;
    const wp::float32 var_30 = 29.5;
    const wp::float32 var_31 = 30.5;
    const wp::float32 var_32 = 31.5;
    const wp::float32 var_33 = 32.5;
    const wp::float32 var_34 = 33.5;
    const wp::float32 var_35 = 34.5;
    wp::float32* var_36;
    wp::mat_t<6, 6, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::mat_t<6, 6, wp::float32> var_44;
    const wp::float32 var_45 = 0.25;
    const wp::float32 var_46 = 1.25;
    const wp::float32 var_47 = 2.25;
    const wp::float32 var_48 = 3.25;
    const wp::float32 var_49 = 4.25;
    const wp::float32 var_50 = 5.25;
    const wp::float32 var_51 = 6.25;
    const wp::float32 var_52 = 7.25;
    const wp::float32 var_53 = 8.25;
    const wp::float32 var_54 = 9.25;
    const wp::float32 var_55 = 10.25;
    const wp::float32 var_56 = 11.25;
    const wp::float32 var_57 = 12.25;
    const wp::float32 var_58 = 13.25;
    const wp::float32 var_59 = 14.25;
    const wp::float32 var_60 = 15.25;
    const wp::float32 var_61 = 16.25;
    const wp::float32 var_62 = 17.25;
    const wp::float32 var_63 = 18.25;
    const wp::float32 var_64 = 19.25;
    const wp::float32 var_65 = 20.25;
    const wp::float32 var_66 = 21.25;
    const wp::float32 var_67 = 22.25;
    const wp::float32 var_68 = 23.25;
    const wp::float32 var_69 = 24.25;
    const wp::float32 var_70 = 25.25;
    const wp::float32 var_71 = 26.25;
    const wp::float32 var_72 = 27.25;
    const wp::float32 var_73 = 28.25;
    const wp::float32 var_74 = 29.25;
    const wp::float32 var_75 = 30.25;
    const wp::float32 var_76 = 31.25;
    const wp::float32 var_77 = 32.25;
    const wp::float32 var_78 = 33.25;
    const wp::float32 var_79 = 34.25;
    const wp::float32 var_80 = 35.25;
    wp::mat_t<6, 6, wp::float64> var_81;
    const wp::float64 var_82 = 0.25;
    const wp::float64 var_83 = 1.25;
    const wp::float64 var_84 = 2.25;
    const wp::float64 var_85 = 3.25;
    const wp::float64 var_86 = 4.25;
    const wp::float64 var_87 = 5.25;
    const wp::float64 var_88 = 6.25;
    const wp::float64 var_89 = 7.25;
    const wp::float64 var_90 = 8.25;
    const wp::float64 var_91 = 9.25;
    const wp::float64 var_92 = 10.25;
    const wp::float64 var_93 = 11.25;
    const wp::float64 var_94 = 12.25;
    const wp::float64 var_95 = 13.25;
    const wp::float64 var_96 = 14.25;
    const wp::float64 var_97 = 15.25;
    const wp::float64 var_98 = 16.25;
    const wp::float64 var_99 = 17.25;
    const wp::float64 var_100 = 18.25;
    const wp::float64 var_101 = 19.25;
    const wp::float64 var_102 = 20.25;
    const wp::float64 var_103 = 21.25;
    const wp::float64 var_104 = 22.25;
    const wp::float64 var_105 = 23.25;
    const wp::float64 var_106 = 24.25;
    const wp::float64 var_107 = 25.25;
    const wp::float64 var_108 = 26.25;
    const wp::float64 var_109 = 27.25;
    const wp::float64 var_110 = 28.25;
    const wp::float64 var_111 = 29.25;
    const wp::float64 var_112 = 30.25;
    const wp::float64 var_113 = 31.25;
    const wp::float64 var_114 = 32.25;
    const wp::float64 var_115 = 33.25;
    const wp::float64 var_116 = 34.25;
    const wp::float64 var_117 = 35.25;
    wp::mat_t<6, 6, wp::float32> var_118;
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
    wp::mat_t<6, 6, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::mat_t<6, 6, wp::float32> adj_44 = {};
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
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
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
    wp::mat_t<6, 6, wp::float64> adj_81 = {};
    wp::float64 adj_82 = {};
    wp::float64 adj_83 = {};
    wp::float64 adj_84 = {};
    wp::float64 adj_85 = {};
    wp::float64 adj_86 = {};
    wp::float64 adj_87 = {};
    wp::float64 adj_88 = {};
    wp::float64 adj_89 = {};
    wp::float64 adj_90 = {};
    wp::float64 adj_91 = {};
    wp::float64 adj_92 = {};
    wp::float64 adj_93 = {};
    wp::float64 adj_94 = {};
    wp::float64 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::float64 adj_97 = {};
    wp::float64 adj_98 = {};
    wp::float64 adj_99 = {};
    wp::float64 adj_100 = {};
    wp::float64 adj_101 = {};
    wp::float64 adj_102 = {};
    wp::float64 adj_103 = {};
    wp::float64 adj_104 = {};
    wp::float64 adj_105 = {};
    wp::float64 adj_106 = {};
    wp::float64 adj_107 = {};
    wp::float64 adj_108 = {};
    wp::float64 adj_109 = {};
    wp::float64 adj_110 = {};
    wp::float64 adj_111 = {};
    wp::float64 adj_112 = {};
    wp::float64 adj_113 = {};
    wp::float64 adj_114 = {};
    wp::float64 adj_115 = {};
    wp::float64 adj_116 = {};
    wp::float64 adj_117 = {};
    wp::mat_t<6, 6, wp::float32> adj_118 = {};
    //---------
    // forward
    // def k(f: wp.array(dtype=float), out: wp.array(dtype=wp.spatial_matrix), outd: wp.array(dtype=wp.spatial_matrixd)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // m = wp.spatial_matrix(f[i], 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, f[i], 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, f[i], 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, f[i], 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, f[i], 29.5, 30.5, 31.5, 32.5, 33.5, 34.5, f[i])       <L 7>
    var_1 = wp::address(var_f, var_0);
    var_8 = wp::address(var_f, var_0);
    var_15 = wp::address(var_f, var_0);
    var_22 = wp::address(var_f, var_0);
    var_29 = wp::address(var_f, var_0);
    var_36 = wp::address(var_f, var_0);
    var_38 = wp::load(var_1);
    var_39 = wp::load(var_8);
    var_40 = wp::load(var_15);
    var_41 = wp::load(var_22);
    var_42 = wp::load(var_29);
    var_43 = wp::load(var_36);
    var_37 = wp::mat_t<6, 6, wp::float32>({var_38, var_2, var_3, var_4, var_5, var_6, var_7, var_39, var_9, var_10, var_11, var_12, var_13, var_14, var_40, var_16, var_17, var_18, var_19, var_20, var_21, var_41, var_23, var_24, var_25, var_26, var_27, var_28, var_42, var_30, var_31, var_32, var_33, var_34, var_35, var_43});
    // z = wp.spatial_matrix()                                                                <L 8>
    var_44 = wp::mat_t<6, 6, wp::float32>();
    // d = wp.spatial_matrixd(0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25, 8.25, 9.25, 10.25, 11.25, 12.25, 13.25, 14.25, 15.25, 16.25, 17.25, 18.25, 19.25, 20.25, 21.25, 22.25, 23.25, 24.25, 25.25, 26.25, 27.25, 28.25, 29.25, 30.25, 31.25, 32.25, 33.25, 34.25, 35.25)       <L 9>
    var_81 = wp::mat_t<6, 6, wp::float64>({var_82, var_83, var_84, var_85, var_86, var_87, var_88, var_89, var_90, var_91, var_92, var_93, var_94, var_95, var_96, var_97, var_98, var_99, var_100, var_101, var_102, var_103, var_104, var_105, var_106, var_107, var_108, var_109, var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_117});
    // out[i] = m + z                                                                         <L 10>
    var_118 = wp::add(var_37, var_44);
    // wp::array_store(var_out, var_0, var_118);
    // outd[i] = d                                                                            <L 11>
    // wp::array_store(var_outd, var_0, var_81);
    //---------
    // reverse
    wp::adj_array_store(var_outd, var_0, var_81, adj_outd, adj_0, adj_81);
    // adj: outd[i] = d                                                                       <L 11>
    wp::adj_array_store(var_out, var_0, var_118, adj_out, adj_0, adj_118);
    wp::adj_add(var_37, var_44, adj_37, adj_44, adj_118);
    // adj: out[i] = m + z                                                                    <L 10>
    wp::adj_mat_t({var_82, var_83, var_84, var_85, var_86, var_87, var_88, var_89, var_90, var_91, var_92, var_93, var_94, var_95, var_96, var_97, var_98, var_99, var_100, var_101, var_102, var_103, var_104, var_105, var_106, var_107, var_108, var_109, var_110, var_111, var_112, var_113, var_114, var_115, var_116, var_117}, {&adj_82, &adj_83, &adj_84, &adj_85, &adj_86, &adj_87, &adj_88, &adj_89, &adj_90, &adj_91, &adj_92, &adj_93, &adj_94, &adj_95, &adj_96, &adj_97, &adj_98, &adj_99, &adj_100, &adj_101, &adj_102, &adj_103, &adj_104, &adj_105, &adj_106, &adj_107, &adj_108, &adj_109, &adj_110, &adj_111, &adj_112, &adj_113, &adj_114, &adj_115, &adj_116, &adj_117}, adj_81);
    // adj: d = wp.spatial_matrixd(0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25, 8.25, 9.25, 10.25, 11.25, 12.25, 13.25, 14.25, 15.25, 16.25, 17.25, 18.25, 19.25, 20.25, 21.25, 22.25, 23.25, 24.25, 25.25, 26.25, 27.25, 28.25, 29.25, 30.25, 31.25, 32.25, 33.25, 34.25, 35.25)  <L 9>
    // adj: z = wp.spatial_matrix()                                                           <L 8>
    wp::adj_mat_t({var_38, var_2, var_3, var_4, var_5, var_6, var_7, var_39, var_9, var_10, var_11, var_12, var_13, var_14, var_40, var_16, var_17, var_18, var_19, var_20, var_21, var_41, var_23, var_24, var_25, var_26, var_27, var_28, var_42, var_30, var_31, var_32, var_33, var_34, var_35, var_43}, {&adj_1, &adj_2, &adj_3, &adj_4, &adj_5, &adj_6, &adj_7, &adj_8, &adj_9, &adj_10, &adj_11, &adj_12, &adj_13, &adj_14, &adj_15, &adj_16, &adj_17, &adj_18, &adj_19, &adj_20, &adj_21, &adj_22, &adj_23, &adj_24, &adj_25, &adj_26, &adj_27, &adj_28, &adj_29, &adj_30, &adj_31, &adj_32, &adj_33, &adj_34, &adj_35, &adj_36}, adj_37);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_36);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_29);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_22);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_15);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_8);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: m = wp.spatial_matrix(f[i], 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, f[i], 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, f[i], 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, f[i], 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, f[i], 29.5, 30.5, 31.5, 32.5, 33.5, 34.5, f[i])  <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def k(f: wp.array(dtype=float), out: wp.array(dtype=wp.spatial_matrix), outd: wp.array(dtype=wp.spatial_matrixd)):  <L 5>
    return;
}



struct k_97f21648_cpu_block_payload_forward
{
    wp_args_k_97f21648* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_97f21648_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_97f21648_cpu_block_payload_forward* payload = (k_97f21648_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_97f21648_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_97f21648_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_97f21648 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_97f21648_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_97f21648_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_97f21648_cpu_block_payload_backward
{
    wp_args_k_97f21648* args;
    wp_args_k_97f21648* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_97f21648_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_97f21648_cpu_block_payload_backward* payload = (k_97f21648_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_97f21648_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_97f21648_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_97f21648 *_wp_args,
    wp_args_k_97f21648 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_97f21648_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_97f21648_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

