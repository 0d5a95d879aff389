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

struct wp_args_chains_4136c5d6 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::float32> o2;
};


template <bool wp_linear_contiguous>
static void chains_4136c5d6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chains_4136c5d6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o2 = _wp_args->o2;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 2;
    wp::slice_t var_7;
    const wp::int32 var_8 = 2;
    const wp::int32 var_9 = -2147483648;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = -2147483648;
    const wp::int32 var_15 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,7>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_23 = nullptr;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::slice_t var_26;
    const wp::int32 var_27 = 2;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6>, wp::tile_stride_t<1>>, false> var_30 = nullptr;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::slice_t var_36;
    const wp::int32 var_37 = 2147483647;
    const wp::int32 var_38 = -2147483648;
    const wp::int32 var_39 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_40 = nullptr;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::int32 var_46 = -1;
    wp::slice_t var_47;
    const wp::int32 var_48 = 2147483647;
    const wp::int32 var_49 = -2147483648;
    const wp::int32 var_50 = -1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<-8,1>>, false> var_51 = nullptr;
    const wp::int32 var_52 = 3;
    const wp::int32 var_53 = 0;
    const wp::int32 var_54 = 2;
    wp::slice_t var_55;
    const wp::int32 var_56 = 2147483647;
    const wp::int32 var_57 = -2147483648;
    const wp::int32 var_58 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<-16,1>>, false> var_59 = nullptr;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 1;
    wp::slice_t var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = -2147483648;
    const wp::int32 var_66 = 1;
    const wp::int32 var_67 = 3;
    wp::slice_t var_68;
    const wp::int32 var_69 = 2147483647;
    const wp::int32 var_70 = -2147483648;
    const wp::int32 var_71 = 3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,3>, wp::tile_stride_t<-16,3>>, false> var_72 = nullptr;
    const wp::int32 var_73 = 1;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 2;
    const wp::int32 var_76 = 4;
    const wp::int32 var_77 = 8;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_78;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true> var_79 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,4,8>,wp::tile_stride_t<32,8,1>,false>();
    const wp::int32 var_80 = 0;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 0;
    const wp::int32 var_83 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_84 = nullptr;
    const wp::int32 var_85 = 0;
    const wp::int32 var_86 = 0;
    const wp::int32 var_87 = 1;
    const wp::int32 var_88 = 3;
    wp::slice_t var_89;
    const wp::int32 var_90 = 1;
    const wp::int32 var_91 = 3;
    const wp::int32 var_92 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_93 = nullptr;
    const wp::int32 var_94 = 1;
    const wp::int32 var_95 = 0;
    const wp::int32 var_96 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_97 = nullptr;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_100 = nullptr;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_104 = nullptr;
    const wp::int32 var_105 = 0;
    const wp::int32 var_106 = 2;
    wp::slice_t var_107;
    const wp::int32 var_108 = 2147483647;
    const wp::int32 var_109 = -2147483648;
    const wp::int32 var_110 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false> var_111 = nullptr;
    const wp::int32 var_112 = 0;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 0;
    const wp::int32 var_119 = 0;
    const wp::int32 var_120 = 0;
    const wp::int32 var_121 = 0;
    const wp::int32 var_122 = 0;
    //---------
    // forward
    // def chains(a: wp.array2d(dtype=float), b: wp.array3d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float)):       <L 46>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 47>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // e = t[2:, 1:][0, 0]                                                                    <L 48>
    var_7 = wp::slice_t(var_8, var_9, var_10);
    var_12 = wp::slice_t(var_13, var_14, var_15);
    var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,7>, wp::tile_stride_t<8,1>>, false>>(var_3, var_17, var_18);
    var_21 = wp::tile_extract(var_16, var_19, var_20);
    // r = t[1][2:]                                                                           <L 49>
    var_23 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_3, var_22, var_24);
    var_26 = wp::slice_t(var_27, var_28, var_29);
    var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6>, wp::tile_stride_t<1>>, false>>(var_23, var_31);
    // x = t[1][2]                                                                            <L 50>
    var_34 = wp::tile_extract(var_3, var_32, var_33);
    // y = t[::2][1][0]                                                                       <L 51>
    var_36 = wp::slice_t(var_37, var_38, var_39);
    var_40 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_3, var_41, var_42);
    var_45 = wp::tile_extract(var_40, var_43, var_44);
    // z = t[::-1][::2][1:, ::3]                                                              <L 52>
    var_47 = wp::slice_t(var_48, var_49, var_50);
    var_51 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<-8,1>>, false>>(var_3, var_52, var_53);
    var_55 = wp::slice_t(var_56, var_57, var_58);
    var_59 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<-16,1>>, false>>(var_51, var_60, var_61);
    var_63 = wp::slice_t(var_64, var_65, var_66);
    var_68 = wp::slice_t(var_69, var_70, var_71);
    var_72 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,3>, wp::tile_stride_t<-16,3>>, false>>(var_59, var_73, var_74);
    // u = wp.tile_load(b, shape=(2, 4, 8))                                                   <L 53>
    var_78 = wp::tuple(var_75, var_76, var_77);
    var_79 = wp::tile_load<wp::float32, true, false, 2, 4, 8>(var_b, var_80, var_81, var_82);
    // w = u[1][1:3][0]                                                                       <L 54>
    var_84 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_79, var_83, var_85, var_86);
    var_89 = wp::slice_t(var_90, var_91, var_92);
    var_93 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_84, var_94, var_95);
    var_97 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_93, var_96, var_98);
    // q = u[0][1][::2]                                                                       <L 55>
    var_100 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_79, var_99, var_101, var_102);
    var_104 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_100, var_103, var_105);
    var_107 = wp::slice_t(var_108, var_109, var_110);
    var_111 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>>(var_104, var_112);
    // out[0] = e + x + y + w[1]                                                              <L 56>
    var_113 = wp::add(var_21, var_34);
    var_114 = wp::add(var_113, var_45);
    var_116 = wp::tile_extract(var_97, var_115);
    var_117 = wp::add(var_114, var_116);
    wp::array_store(var_out, var_118, var_117);
    // wp.tile_store(out, r)                                                                  <L 57>
    wp::tile_store<wp::float32, true, false>(var_out, var_119, var_30);
    // wp.tile_store(o2, z)                                                                   <L 58>
    wp::tile_store<wp::float32, true, false>(var_o2, var_120, var_121, var_72);
    // wp.tile_store(out, q)                                                                  <L 59>
    wp::tile_store<wp::float32, true, false>(var_out, var_122, var_111);
}



template <bool wp_linear_contiguous>
static void chains_4136c5d6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chains_4136c5d6 *_wp_args,
    wp_args_chains_4136c5d6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o2 = _wp_args->o2;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_o2 = _wp_adj_args->o2;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 2;
    wp::slice_t var_7;
    const wp::int32 var_8 = 2;
    const wp::int32 var_9 = -2147483648;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = -2147483648;
    const wp::int32 var_15 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,7>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 2;
    const wp::int32 var_18 = 1;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_23 = nullptr;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::slice_t var_26;
    const wp::int32 var_27 = 2;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6>, wp::tile_stride_t<1>>, false> var_30 = nullptr;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::slice_t var_36;
    const wp::int32 var_37 = 2147483647;
    const wp::int32 var_38 = -2147483648;
    const wp::int32 var_39 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false> var_40 = nullptr;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 0;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    const wp::int32 var_46 = -1;
    wp::slice_t var_47;
    const wp::int32 var_48 = 2147483647;
    const wp::int32 var_49 = -2147483648;
    const wp::int32 var_50 = -1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<-8,1>>, false> var_51 = nullptr;
    const wp::int32 var_52 = 3;
    const wp::int32 var_53 = 0;
    const wp::int32 var_54 = 2;
    wp::slice_t var_55;
    const wp::int32 var_56 = 2147483647;
    const wp::int32 var_57 = -2147483648;
    const wp::int32 var_58 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<-16,1>>, false> var_59 = nullptr;
    const wp::int32 var_60 = 0;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 1;
    wp::slice_t var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = -2147483648;
    const wp::int32 var_66 = 1;
    const wp::int32 var_67 = 3;
    wp::slice_t var_68;
    const wp::int32 var_69 = 2147483647;
    const wp::int32 var_70 = -2147483648;
    const wp::int32 var_71 = 3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,3>, wp::tile_stride_t<-16,3>>, false> var_72 = nullptr;
    const wp::int32 var_73 = 1;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 2;
    const wp::int32 var_76 = 4;
    const wp::int32 var_77 = 8;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_78;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true> var_79 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,4,8>,wp::tile_stride_t<32,8,1>,true>();
    const wp::int32 var_80 = 0;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 0;
    const wp::int32 var_83 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_84 = nullptr;
    const wp::int32 var_85 = 0;
    const wp::int32 var_86 = 0;
    const wp::int32 var_87 = 1;
    const wp::int32 var_88 = 3;
    wp::slice_t var_89;
    const wp::int32 var_90 = 1;
    const wp::int32 var_91 = 3;
    const wp::int32 var_92 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_93 = nullptr;
    const wp::int32 var_94 = 1;
    const wp::int32 var_95 = 0;
    const wp::int32 var_96 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_97 = nullptr;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_100 = nullptr;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_104 = nullptr;
    const wp::int32 var_105 = 0;
    const wp::int32 var_106 = 2;
    wp::slice_t var_107;
    const wp::int32 var_108 = 2147483647;
    const wp::int32 var_109 = -2147483648;
    const wp::int32 var_110 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false> var_111 = nullptr;
    const wp::int32 var_112 = 0;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    wp::float32 var_116;
    wp::float32 var_117;
    const wp::int32 var_118 = 0;
    const wp::int32 var_119 = 0;
    const wp::int32 var_120 = 0;
    const wp::int32 var_121 = 0;
    const wp::int32 var_122 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::slice_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::slice_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,7>, wp::tile_stride_t<8,1>>, false>& adj_16 = var_16;
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_23 = var_23;
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::slice_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6>, wp::tile_stride_t<1>>, false>& adj_30 = var_30;
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::slice_t adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>& adj_40 = var_40;
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::slice_t adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<-8,1>>, false>& adj_51 = var_51;
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::slice_t adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<-16,1>>, false>& adj_59 = var_59;
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::slice_t adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::slice_t adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,3>, wp::tile_stride_t<-16,3>>, false>& adj_72 = var_72;
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_78 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true>& adj_79 = var_79;
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>& adj_84 = var_84;
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::slice_t adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_93 = var_93;
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_97 = var_97;
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>& adj_100 = var_100;
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_104 = var_104;
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::slice_t adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>& adj_111 = var_111;
    wp::int32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    //---------
    // forward
    // def chains(a: wp.array2d(dtype=float), b: wp.array3d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float)):       <L 46>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 47>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // e = t[2:, 1:][0, 0]                                                                    <L 48>
    var_7 = wp::slice_t(var_8, var_9, var_10);
    var_12 = wp::slice_t(var_13, var_14, var_15);
    var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,7>, wp::tile_stride_t<8,1>>, false>>(var_3, var_17, var_18);
    var_21 = wp::tile_extract(var_16, var_19, var_20);
    // r = t[1][2:]                                                                           <L 49>
    var_23 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_3, var_22, var_24);
    var_26 = wp::slice_t(var_27, var_28, var_29);
    var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<6>, wp::tile_stride_t<1>>, false>>(var_23, var_31);
    // x = t[1][2]                                                                            <L 50>
    var_34 = wp::tile_extract(var_3, var_32, var_33);
    // y = t[::2][1][0]                                                                       <L 51>
    var_36 = wp::slice_t(var_37, var_38, var_39);
    var_40 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<16,1>>, false>>(var_3, var_41, var_42);
    var_45 = wp::tile_extract(var_40, var_43, var_44);
    // z = t[::-1][::2][1:, ::3]                                                              <L 52>
    var_47 = wp::slice_t(var_48, var_49, var_50);
    var_51 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<-8,1>>, false>>(var_3, var_52, var_53);
    var_55 = wp::slice_t(var_56, var_57, var_58);
    var_59 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<-16,1>>, false>>(var_51, var_60, var_61);
    var_63 = wp::slice_t(var_64, var_65, var_66);
    var_68 = wp::slice_t(var_69, var_70, var_71);
    var_72 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1,3>, wp::tile_stride_t<-16,3>>, false>>(var_59, var_73, var_74);
    // u = wp.tile_load(b, shape=(2, 4, 8))                                                   <L 53>
    var_78 = wp::tuple(var_75, var_76, var_77);
    var_79 = wp::tile_load<wp::float32, true, false, 2, 4, 8>(var_b, var_80, var_81, var_82);
    // w = u[1][1:3][0]                                                                       <L 54>
    var_84 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_79, var_83, var_85, var_86);
    var_89 = wp::slice_t(var_90, var_91, var_92);
    var_93 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_84, var_94, var_95);
    var_97 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_93, var_96, var_98);
    // q = u[0][1][::2]                                                                       <L 55>
    var_100 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_79, var_99, var_101, var_102);
    var_104 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_100, var_103, var_105);
    var_107 = wp::slice_t(var_108, var_109, var_110);
    var_111 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>>(var_104, var_112);
    // out[0] = e + x + y + w[1]                                                              <L 56>
    var_113 = wp::add(var_21, var_34);
    var_114 = wp::add(var_113, var_45);
    var_116 = wp::tile_extract(var_97, var_115);
    var_117 = wp::add(var_114, var_116);
    // wp::array_store(var_out, var_118, var_117);
    // wp.tile_store(out, r)                                                                  <L 57>
    // wp::tile_store<wp::float32, true, false>(var_out, var_119, var_30);
    // wp.tile_store(o2, z)                                                                   <L 58>
    // wp::tile_store<wp::float32, true, false>(var_o2, var_120, var_121, var_72);
    // wp.tile_store(out, q)                                                                  <L 59>
    // wp::tile_store<wp::float32, true, false>(var_out, var_122, var_111);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_122, var_111, adj_out, adj_122, adj_111);
    // adj: wp.tile_store(out, q)                                                             <L 59>
    wp::adj_tile_store(var_o2, var_120, var_121, var_72, adj_o2, adj_120, adj_121, adj_72);
    // adj: wp.tile_store(o2, z)                                                              <L 58>
    wp::adj_tile_store(var_out, var_119, var_30, adj_out, adj_119, adj_30);
    // adj: wp.tile_store(out, r)                                                             <L 57>
    wp::adj_array_store(var_out, var_118, var_117, adj_out, adj_118, adj_117);
    wp::adj_add(var_114, var_116, adj_114, adj_116, adj_117);
    wp::adj_tile_extract(var_97, var_115, adj_97, adj_115, adj_116);
    wp::adj_add(var_113, var_45, adj_113, adj_45, adj_114);
    wp::adj_add(var_21, var_34, adj_21, adj_34, adj_113);
    // adj: out[0] = e + x + y + w[1]                                                         <L 56>
    // adj: q = u[0][1][::2]                                                                  <L 55>
    // adj: w = u[1][1:3][0]                                                                  <L 54>
    wp::adj_tile_load(var_b, var_80, var_81, var_82, adj_b, adj_80, adj_81, adj_82, adj_79);
    // adj: u = wp.tile_load(b, shape=(2, 4, 8))                                              <L 53>
    // adj: z = t[::-1][::2][1:, ::3]                                                         <L 52>
    wp::adj_tile_extract(var_40, var_43, var_44, adj_40, adj_43, adj_44, adj_45);
    // adj: y = t[::2][1][0]                                                                  <L 51>
    wp::adj_tile_extract(var_3, var_32, var_33, adj_3, adj_32, adj_33, adj_34);
    // adj: x = t[1][2]                                                                       <L 50>
    // adj: r = t[1][2:]                                                                      <L 49>
    wp::adj_tile_extract(var_16, var_19, var_20, adj_16, adj_19, adj_20, adj_21);
    // adj: e = t[2:, 1:][0, 0]                                                               <L 48>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(4, 8))                                                 <L 47>
    // adj: def chains(a: wp.array2d(dtype=float), b: wp.array3d(dtype=float), out: wp.array(dtype=float), o2: wp.array2d(dtype=float)):  <L 46>
    return;
}



struct chains_4136c5d6_cpu_block_payload_forward
{
    wp_args_chains_4136c5d6* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void chains_4136c5d6_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    chains_4136c5d6_cpu_block_payload_forward* payload = (chains_4136c5d6_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    chains_4136c5d6_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void chains_4136c5d6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chains_4136c5d6 *_wp_args)
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
        chains_4136c5d6_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &chains_4136c5d6_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct chains_4136c5d6_cpu_block_payload_backward
{
    wp_args_chains_4136c5d6* args;
    wp_args_chains_4136c5d6* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void chains_4136c5d6_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    chains_4136c5d6_cpu_block_payload_backward* payload = (chains_4136c5d6_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    chains_4136c5d6_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void chains_4136c5d6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chains_4136c5d6 *_wp_args,
    wp_args_chains_4136c5d6 *_wp_adj_args)
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
        chains_4136c5d6_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &chains_4136c5d6_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_assignments_465e1f7b {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void assignments_465e1f7b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_assignments_465e1f7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 3;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 3;
    const wp::int32 var_15 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 4;
    wp::tuple_t<wp::int32> var_22;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::slice_t var_26;
    const wp::int32 var_27 = 2147483647;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false> var_30 = nullptr;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = -1;
    wp::slice_t var_34;
    const wp::int32 var_35 = 2147483647;
    const wp::int32 var_36 = -1;
    const wp::int32 var_37 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false> var_38 = nullptr;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::slice_t var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = -2147483648;
    const wp::int32 var_45 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false> var_46 = nullptr;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 0;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 4;
    const wp::int32 var_52 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_53;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_54 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_55 = 0;
    const wp::int32 var_56 = 0;
    const wp::int32 var_57 = 4;
    wp::slice_t var_58;
    const wp::int32 var_59 = 0;
    const wp::int32 var_60 = 4;
    const wp::int32 var_61 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false> var_62 = nullptr;
    const wp::int32 var_63 = 0;
    wp::slice_t var_64;
    const wp::int32 var_65 = 2147483647;
    const wp::int32 var_66 = -2147483648;
    const wp::int32 var_67 = 1;
    const wp::int32 var_68 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<4>>, false> var_69 = nullptr;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 0;
    //---------
    // forward
    // def assignments(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 65>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 66>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // u = wp.tile_ones(shape=(2, 8), dtype=float)                                            <L 67>
    var_8 = wp::tuple(var_6, var_7);
    var_9 = wp::tile_ones<float, 2, 8>();
    // t[1:3] = u                                                                             <L 68>
    var_12 = wp::slice_t(var_13, var_14, var_15);
    var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_17, var_18);
    wp::tile_assign(var_16, var_9, var_19, var_20);
    // t[0, ::2] = wp.tile_zeros(shape=(4,), dtype=float)                                     <L 69>
    var_22 = wp::tuple(var_21);
    var_23 = wp::tile_zeros<float, 4>();
    var_26 = wp::slice_t(var_27, var_28, var_29);
    var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>>(var_3, var_24, var_31);
    wp::tile_assign(var_30, var_23, var_32);
    // t[1:] = t[:-1]                                                                         <L 70>
    var_34 = wp::slice_t(var_35, var_36, var_37);
    var_38 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_39, var_40);
    var_42 = wp::slice_t(var_43, var_44, var_45);
    var_46 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_47, var_48);
    wp::tile_assign(var_46, var_38, var_49, var_50);
    // z = wp.tile_zeros(shape=(4, 4), dtype=float)                                           <L 71>
    var_53 = wp::tuple(var_51, var_52);
    var_54 = wp::tile_zeros<float, 4, 4>();
    // z[:, 1] = t[0, 0:4]                                                                    <L 72>
    var_58 = wp::slice_t(var_59, var_60, var_61);
    var_62 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>>(var_3, var_55, var_63);
    var_64 = wp::slice_t(var_65, var_66, var_67);
    var_69 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<4>>, false>>(var_54, var_70, var_68);
    wp::tile_assign(var_69, var_62, var_71);
    // wp.tile_store(out, t)                                                                  <L 73>
    wp::tile_store<wp::float32, true, false>(var_out, var_72, var_73, var_3);
    // wp.tile_store(out, z)                                                                  <L 74>
    wp::tile_store<wp::float32, true, false>(var_out, var_74, var_75, var_54);
}



template <bool wp_linear_contiguous>
static void assignments_465e1f7b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_assignments_465e1f7b *_wp_args,
    wp_args_assignments_465e1f7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 3;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 3;
    const wp::int32 var_15 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 4;
    wp::tuple_t<wp::int32> var_22;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 2;
    wp::slice_t var_26;
    const wp::int32 var_27 = 2147483647;
    const wp::int32 var_28 = -2147483648;
    const wp::int32 var_29 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false> var_30 = nullptr;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = -1;
    wp::slice_t var_34;
    const wp::int32 var_35 = 2147483647;
    const wp::int32 var_36 = -1;
    const wp::int32 var_37 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false> var_38 = nullptr;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::slice_t var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = -2147483648;
    const wp::int32 var_45 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false> var_46 = nullptr;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 0;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 4;
    const wp::int32 var_52 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_53;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_54 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_55 = 0;
    const wp::int32 var_56 = 0;
    const wp::int32 var_57 = 4;
    wp::slice_t var_58;
    const wp::int32 var_59 = 0;
    const wp::int32 var_60 = 4;
    const wp::int32 var_61 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false> var_62 = nullptr;
    const wp::int32 var_63 = 0;
    wp::slice_t var_64;
    const wp::int32 var_65 = 2147483647;
    const wp::int32 var_66 = -2147483648;
    const wp::int32 var_67 = 1;
    const wp::int32 var_68 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<4>>, false> var_69 = nullptr;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_8 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::slice_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_16 = var_16;
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::tuple_t<wp::int32> adj_22 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_23{};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::slice_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>& adj_30 = var_30;
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::slice_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>& adj_38 = var_38;
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::slice_t adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>& adj_46 = var_46;
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_53 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_54 = var_54;
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::slice_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>& adj_62 = var_62;
    wp::int32 adj_63 = {};
    wp::slice_t adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<4>>, false>& adj_69 = var_69;
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    //---------
    // forward
    // def assignments(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 65>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 66>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // u = wp.tile_ones(shape=(2, 8), dtype=float)                                            <L 67>
    var_8 = wp::tuple(var_6, var_7);
    var_9 = wp::tile_ones<float, 2, 8>();
    // t[1:3] = u                                                                             <L 68>
    var_12 = wp::slice_t(var_13, var_14, var_15);
    var_16 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_17, var_18);
    wp::tile_assign(var_16, var_9, var_19, var_20);
    // t[0, ::2] = wp.tile_zeros(shape=(4,), dtype=float)                                     <L 69>
    var_22 = wp::tuple(var_21);
    var_23 = wp::tile_zeros<float, 4>();
    var_26 = wp::slice_t(var_27, var_28, var_29);
    var_30 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<2>>, false>>(var_3, var_24, var_31);
    wp::tile_assign(var_30, var_23, var_32);
    // t[1:] = t[:-1]                                                                         <L 70>
    var_34 = wp::slice_t(var_35, var_36, var_37);
    var_38 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_39, var_40);
    var_42 = wp::slice_t(var_43, var_44, var_45);
    var_46 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_47, var_48);
    wp::tile_assign(var_46, var_38, var_49, var_50);
    // z = wp.tile_zeros(shape=(4, 4), dtype=float)                                           <L 71>
    var_53 = wp::tuple(var_51, var_52);
    var_54 = wp::tile_zeros<float, 4, 4>();
    // z[:, 1] = t[0, 0:4]                                                                    <L 72>
    var_58 = wp::slice_t(var_59, var_60, var_61);
    var_62 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>>(var_3, var_55, var_63);
    var_64 = wp::slice_t(var_65, var_66, var_67);
    var_69 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<4>>, false>>(var_54, var_70, var_68);
    wp::tile_assign(var_69, var_62, var_71);
    // wp.tile_store(out, t)                                                                  <L 73>
    // wp::tile_store<wp::float32, true, false>(var_out, var_72, var_73, var_3);
    // wp.tile_store(out, z)                                                                  <L 74>
    // wp::tile_store<wp::float32, true, false>(var_out, var_74, var_75, var_54);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_74, var_75, var_54, adj_out, adj_74, adj_75, adj_54);
    // adj: wp.tile_store(out, z)                                                             <L 74>
    wp::adj_tile_store(var_out, var_72, var_73, var_3, adj_out, adj_72, adj_73, adj_3);
    // adj: wp.tile_store(out, t)                                                             <L 73>
    wp::adj_tile_assign(var_69, var_62, var_71, adj_69, adj_62, adj_71);
    // adj: z[:, 1] = t[0, 0:4]                                                               <L 72>
    // adj: z = wp.tile_zeros(shape=(4, 4), dtype=float)                                      <L 71>
    wp::adj_tile_assign(var_46, var_38, var_49, var_50, adj_46, adj_38, adj_49, adj_50);
    // adj: t[1:] = t[:-1]                                                                    <L 70>
    wp::adj_tile_assign(var_30, var_23, var_32, adj_30, adj_23, adj_32);
    // adj: t[0, ::2] = wp.tile_zeros(shape=(4,), dtype=float)                                <L 69>
    wp::adj_tile_assign(var_16, var_9, var_19, var_20, adj_16, adj_9, adj_19, adj_20);
    // adj: t[1:3] = u                                                                        <L 68>
    // adj: u = wp.tile_ones(shape=(2, 8), dtype=float)                                       <L 67>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(4, 8))                                                 <L 66>
    // adj: def assignments(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):        <L 65>
    return;
}



struct assignments_465e1f7b_cpu_block_payload_forward
{
    wp_args_assignments_465e1f7b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void assignments_465e1f7b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    assignments_465e1f7b_cpu_block_payload_forward* payload = (assignments_465e1f7b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    assignments_465e1f7b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void assignments_465e1f7b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_assignments_465e1f7b *_wp_args)
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
        assignments_465e1f7b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &assignments_465e1f7b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct assignments_465e1f7b_cpu_block_payload_backward
{
    wp_args_assignments_465e1f7b* args;
    wp_args_assignments_465e1f7b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void assignments_465e1f7b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    assignments_465e1f7b_cpu_block_payload_backward* payload = (assignments_465e1f7b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    assignments_465e1f7b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void assignments_465e1f7b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_assignments_465e1f7b *_wp_args,
    wp_args_assignments_465e1f7b *_wp_adj_args)
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
        assignments_465e1f7b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &assignments_465e1f7b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_gathers_77480815 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::vec_t<3, wp::float32>> o1;
};


template <bool wp_linear_contiguous>
static void gathers_77480815_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gathers_77480815 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_o1 = _wp_args->o1;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    wp::tile_shared_t<wp::int64,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::int64,wp::tile_shape_t<2>,wp::tile_stride_t<1>,false>();
    const wp::int64 var_13 = 0ll;
    const wp::int64 var_14 = 2ll;
    const wp::int64 var_15 = 1;
    wp::slice_t var_16;
    const wp::int32 var_17 = 2147483647;
    const wp::int32 var_18 = -2147483648;
    const wp::int32 var_19 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    wp::slice_t var_24;
    const wp::int32 var_25 = 2147483647;
    const wp::int32 var_26 = -2147483648;
    const wp::int32 var_27 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 0;
    const wp::int32 var_31 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_32 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 3;
    wp::slice_t var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 3;
    const wp::int32 var_41 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_42 = nullptr;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_45 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    const wp::int32 var_46 = 0;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 0;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 100;
    wp::slice_t var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 100;
    const wp::int32 var_54 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_55 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_56 = 0;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 8;
    wp::tuple_t<wp::int32> var_60;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_61 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_62 = 0;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_63 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    //---------
    // forward
    // def gathers(a: wp.array2d(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array2d(dtype=float), o1: wp.array(dtype=wp.vec3)):       <L 92>
    // t = wp.tile_load(a, shape=(8, 8))                                                      <L 93>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
    // idx = wp.tile_arange(0, 4, dtype=int)                                                  <L 94>
    var_8 = wp::tile_arange<wp::int32, 4>(var_6, var_7, var_9);
    // i64 = wp.tile_arange(0, 2, dtype=wp.int64)                                             <L 95>
    var_12 = wp::tile_arange<wp::int64, 2>(var_13, var_14, var_15);
    // wp.tile_store(out, t[idx, :])                                                          <L 96>
    var_16 = wp::slice_t(var_17, var_18, var_19);
    var_20 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_21);
    wp::tile_store<wp::float32, true, false>(var_out, var_22, var_23, var_20);
    // wp.tile_store(out, t[:, idx])                                                          <L 97>
    var_24 = wp::slice_t(var_25, var_26, var_27);
    var_28 = wp::tile_slice_indexed<8, 4>(var_3, var_8, var_29);
    wp::tile_store<wp::float32, true, false>(var_out, var_30, var_31, var_28);
    // wp.tile_store(out, t[idx])                                                             <L 98>
    var_32 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_33);
    wp::tile_store<wp::float32, true, false>(var_out, var_34, var_35, var_32);
    // wp.tile_store(out, t[1:3][i64])                                                        <L 99>
    var_38 = wp::slice_t(var_39, var_40, var_41);
    var_42 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_43, var_44);
    var_45 = wp::tile_slice_indexed<2, 8>(var_42, var_12, var_46);
    wp::tile_store<wp::float32, true, false>(var_out, var_47, var_48, var_45);
    // wp.tile_store(out, t[idx, 0:100])                                                      <L 100>
    var_51 = wp::slice_t(var_52, var_53, var_54);
    var_55 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_56);
    wp::tile_store<wp::float32, true, false>(var_out, var_57, var_58, var_55);
    // v = wp.tile_load(b, shape=(8,))                                                        <L 101>
    var_60 = wp::tuple(var_59);
    var_61 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_b, var_62);
    // wp.tile_store(o1, v[idx])                                                              <L 102>
    var_63 = wp::tile_slice_indexed<4>(var_61, var_8, var_64);
    wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_o1, var_65, var_63);
}



template <bool wp_linear_contiguous>
static void gathers_77480815_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gathers_77480815 *_wp_args,
    wp_args_gathers_77480815 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_o1 = _wp_args->o1;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_o1 = _wp_adj_args->o1;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    wp::tile_shared_t<wp::int64,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<1>>, true> var_12 = wp::tile_alloc_empty<wp::int64,wp::tile_shape_t<2>,wp::tile_stride_t<1>,true>();
    const wp::int64 var_13 = 0ll;
    const wp::int64 var_14 = 2ll;
    const wp::int64 var_15 = 1;
    wp::slice_t var_16;
    const wp::int32 var_17 = 2147483647;
    const wp::int32 var_18 = -2147483648;
    const wp::int32 var_19 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    wp::slice_t var_24;
    const wp::int32 var_25 = 2147483647;
    const wp::int32 var_26 = -2147483648;
    const wp::int32 var_27 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 0;
    const wp::int32 var_31 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_32 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 3;
    wp::slice_t var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 3;
    const wp::int32 var_41 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_42 = nullptr;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_45 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    const wp::int32 var_46 = 0;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 0;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 100;
    wp::slice_t var_51;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 100;
    const wp::int32 var_54 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> var_55 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>>{};
    const wp::int32 var_56 = 0;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 8;
    wp::tuple_t<wp::int32> var_60;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_61 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_62 = 0;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_63 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_8 = var_8;
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tile_shared_t<wp::int64,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<1>>, true>& adj_12 = var_12;
    wp::int64 adj_13 = {};
    wp::int64 adj_14 = {};
    wp::int64 adj_15 = {};
    wp::slice_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_20{};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::slice_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_28{};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_32{};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::slice_t adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_42 = var_42;
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> adj_45{};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::slice_t adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,8>>> adj_55{};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::tuple_t<wp::int32> adj_60 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_61 = var_61;
    wp::int32 adj_62 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_63{};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    //---------
    // forward
    // def gathers(a: wp.array2d(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array2d(dtype=float), o1: wp.array(dtype=wp.vec3)):       <L 92>
    // t = wp.tile_load(a, shape=(8, 8))                                                      <L 93>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_4, var_5);
    // idx = wp.tile_arange(0, 4, dtype=int)                                                  <L 94>
    var_8 = wp::tile_arange<wp::int32, 4>(var_6, var_7, var_9);
    // i64 = wp.tile_arange(0, 2, dtype=wp.int64)                                             <L 95>
    var_12 = wp::tile_arange<wp::int64, 2>(var_13, var_14, var_15);
    // wp.tile_store(out, t[idx, :])                                                          <L 96>
    var_16 = wp::slice_t(var_17, var_18, var_19);
    var_20 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_21);
    // wp::tile_store<wp::float32, true, false>(var_out, var_22, var_23, var_20);
    // wp.tile_store(out, t[:, idx])                                                          <L 97>
    var_24 = wp::slice_t(var_25, var_26, var_27);
    var_28 = wp::tile_slice_indexed<8, 4>(var_3, var_8, var_29);
    // wp::tile_store<wp::float32, true, false>(var_out, var_30, var_31, var_28);
    // wp.tile_store(out, t[idx])                                                             <L 98>
    var_32 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_33);
    // wp::tile_store<wp::float32, true, false>(var_out, var_34, var_35, var_32);
    // wp.tile_store(out, t[1:3][i64])                                                        <L 99>
    var_38 = wp::slice_t(var_39, var_40, var_41);
    var_42 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_3, var_43, var_44);
    var_45 = wp::tile_slice_indexed<2, 8>(var_42, var_12, var_46);
    // wp::tile_store<wp::float32, true, false>(var_out, var_47, var_48, var_45);
    // wp.tile_store(out, t[idx, 0:100])                                                      <L 100>
    var_51 = wp::slice_t(var_52, var_53, var_54);
    var_55 = wp::tile_slice_indexed<4, 8>(var_3, var_8, var_56);
    // wp::tile_store<wp::float32, true, false>(var_out, var_57, var_58, var_55);
    // v = wp.tile_load(b, shape=(8,))                                                        <L 101>
    var_60 = wp::tuple(var_59);
    var_61 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_b, var_62);
    // wp.tile_store(o1, v[idx])                                                              <L 102>
    var_63 = wp::tile_slice_indexed<4>(var_61, var_8, var_64);
    // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_o1, var_65, var_63);
    //---------
    // reverse
    wp::adj_tile_store(var_o1, var_65, var_63, adj_o1, adj_65, adj_63);
    wp::adj_tile_slice_indexed(var_61, var_8, var_64, adj_61, adj_8, adj_64, adj_63);
    // adj: wp.tile_store(o1, v[idx])                                                         <L 102>
    wp::adj_tile_load(var_b, var_62, adj_b, adj_62, adj_61);
    // adj: v = wp.tile_load(b, shape=(8,))                                                   <L 101>
    wp::adj_tile_store(var_out, var_57, var_58, var_55, adj_out, adj_57, adj_58, adj_55);
    wp::adj_tile_slice_indexed(var_3, var_8, var_56, adj_3, adj_8, adj_56, adj_55);
    // adj: wp.tile_store(out, t[idx, 0:100])                                                 <L 100>
    wp::adj_tile_store(var_out, var_47, var_48, var_45, adj_out, adj_47, adj_48, adj_45);
    wp::adj_tile_slice_indexed(var_42, var_12, var_46, adj_42, adj_12, adj_46, adj_45);
    // adj: wp.tile_store(out, t[1:3][i64])                                                   <L 99>
    wp::adj_tile_store(var_out, var_34, var_35, var_32, adj_out, adj_34, adj_35, adj_32);
    wp::adj_tile_slice_indexed(var_3, var_8, var_33, adj_3, adj_8, adj_33, adj_32);
    // adj: wp.tile_store(out, t[idx])                                                        <L 98>
    wp::adj_tile_store(var_out, var_30, var_31, var_28, adj_out, adj_30, adj_31, adj_28);
    wp::adj_tile_slice_indexed(var_3, var_8, var_29, adj_3, adj_8, adj_29, adj_28);
    // adj: wp.tile_store(out, t[:, idx])                                                     <L 97>
    wp::adj_tile_store(var_out, var_22, var_23, var_20, adj_out, adj_22, adj_23, adj_20);
    wp::adj_tile_slice_indexed(var_3, var_8, var_21, adj_3, adj_8, adj_21, adj_20);
    // adj: wp.tile_store(out, t[idx, :])                                                     <L 96>
    // adj: i64 = wp.tile_arange(0, 2, dtype=wp.int64)                                        <L 95>
    // adj: idx = wp.tile_arange(0, 4, dtype=int)                                             <L 94>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(8, 8))                                                 <L 93>
    // adj: def gathers(a: wp.array2d(dtype=float), b: wp.array(dtype=wp.vec3), out: wp.array2d(dtype=float), o1: wp.array(dtype=wp.vec3)):  <L 92>
    return;
}



struct gathers_77480815_cpu_block_payload_forward
{
    wp_args_gathers_77480815* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gathers_77480815_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gathers_77480815_cpu_block_payload_forward* payload = (gathers_77480815_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gathers_77480815_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void gathers_77480815_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gathers_77480815 *_wp_args)
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
        gathers_77480815_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gathers_77480815_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct gathers_77480815_cpu_block_payload_backward
{
    wp_args_gathers_77480815* args;
    wp_args_gathers_77480815* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void gathers_77480815_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    gathers_77480815_cpu_block_payload_backward* payload = (gathers_77480815_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    gathers_77480815_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void gathers_77480815_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gathers_77480815 *_wp_args,
    wp_args_gathers_77480815 *_wp_adj_args)
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
        gathers_77480815_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &gathers_77480815_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_views_a2efd415 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::float32> o1;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void views_a2efd415_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_a2efd415 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o1 = _wp_args->o1;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 8;
    bool var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_12 = nullptr;
    const wp::int32 var_13 = 0;
    wp::slice_t var_14;
    const wp::int32 var_15 = 2147483647;
    const wp::int32 var_16 = -2147483648;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<8>>, false> var_19 = nullptr;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = -1;
    const wp::int32 var_22 = 7;
    wp::slice_t var_23;
    const wp::int32 var_24 = 2147483647;
    const wp::int32 var_25 = -2147483648;
    const wp::int32 var_26 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 4;
    const wp::int32 var_30 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 3;
    wp::slice_t var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 3;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = -1;
    wp::slice_t var_40;
    const wp::int32 var_41 = 2147483647;
    const wp::int32 var_42 = -2147483648;
    const wp::int32 var_43 = -1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<4,-1>>, false> var_44 = nullptr;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 3;
    const wp::int32 var_47 = 2;
    const wp::int32 var_48 = 4;
    wp::slice_t var_49;
    const wp::int32 var_50 = 2;
    const wp::int32 var_51 = 4;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 2;
    const wp::int32 var_54 = 6;
    wp::slice_t var_55;
    const wp::int32 var_56 = 2;
    const wp::int32 var_57 = 6;
    const wp::int32 var_58 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<8,1>>, false> var_59 = nullptr;
    const wp::int32 var_60 = 2;
    const wp::int32 var_61 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_62 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 4;
    wp::slice_t var_65;
    const wp::int32 var_66 = 0;
    const wp::int32 var_67 = 4;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 0;
    const wp::int32 var_70 = 2;
    wp::slice_t var_71;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 2;
    const wp::int32 var_74 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,2>, wp::tile_stride_t<8,1>>, false> var_75 = nullptr;
    const wp::int32 var_76 = 0;
    const wp::int32 var_77 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<1,8>>, false> var_78 = nullptr;
    const wp::int32 var_79 = 3;
    const wp::int32 var_80 = -100;
    const wp::int32 var_81 = 100;
    wp::slice_t var_82;
    const wp::int32 var_83 = -100;
    const wp::int32 var_84 = 100;
    const wp::int32 var_85 = 3;
    const wp::int32 var_86 = -2;
    const wp::int32 var_87 = 7;
    const wp::int32 var_88 = -9;
    wp::slice_t var_89;
    const wp::int32 var_90 = 7;
    const wp::int32 var_91 = -9;
    const wp::int32 var_92 = -2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<24,-2>>, false> var_93 = nullptr;
    const wp::int32 var_94 = 0;
    const wp::int32 var_95 = 7;
    const wp::int32 var_96 = 0;
    const wp::int32 var_97 = 0;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 0;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 0;
    const wp::int32 var_104 = 0;
    const wp::int32 var_105 = 0;
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), n: int):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(8, 8))                                                      <L 12>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_5, var_6);
    // r = t[n]                                                                               <L 13>
    var_9 = (var_n < var_7);
    var_10 = wp::add(var_n, var_8);
    var_11 = wp::where(var_9, var_10, var_n);
    var_12 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_11, var_13);
    // c = t[:, 3]                                                                            <L 14>
    var_14 = wp::slice_t(var_15, var_16, var_17);
    var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<8>>, false>>(var_4, var_20, var_18);
    // last = t[-1, :]                                                                        <L 15>
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_22, var_28);
    // z = wp.tile_zeros(shape=(4, 4), dtype=float)                                           <L 16>
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_zeros<float, 4, 4>();
    // zz = z[1:3, ::-1]                                                                      <L 17>
    var_35 = wp::slice_t(var_36, var_37, var_38);
    var_40 = wp::slice_t(var_41, var_42, var_43);
    var_44 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<4,-1>>, false>>(var_32, var_45, var_46);
    // s = wp.tile_sum(t[2:4, 2:6])                                                           <L 18>
    var_49 = wp::slice_t(var_50, var_51, var_52);
    var_55 = wp::slice_t(var_56, var_57, var_58);
    var_59 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<8,1>>, false>>(var_4, var_60, var_61);
    var_62 = wp::tile_sum(var_59);
    // tt = wp.tile_transpose(t[0:4, 0:2])                                                    <L 19>
    var_65 = wp::slice_t(var_66, var_67, var_68);
    var_71 = wp::slice_t(var_72, var_73, var_74);
    var_75 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,2>, wp::tile_stride_t<8,1>>, false>>(var_4, var_76, var_77);
    var_78 = wp::tile_transpose(var_75);
    // clamped = t[-100:100:3, 7:-9:-2]                                                       <L 20>
    var_82 = wp::slice_t(var_83, var_84, var_85);
    var_89 = wp::slice_t(var_90, var_91, var_92);
    var_93 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<24,-2>>, false>>(var_4, var_94, var_95);
    // wp.tile_store(o1, r)                                                                   <L 21>
    wp::tile_store<wp::float32, true, false>(var_o1, var_96, var_12);
    // wp.tile_store(o1, c)                                                                   <L 22>
    wp::tile_store<wp::float32, true, false>(var_o1, var_97, var_19);
    // wp.tile_store(o1, last)                                                                <L 23>
    wp::tile_store<wp::float32, true, false>(var_o1, var_98, var_27);
    // wp.tile_store(out, zz)                                                                 <L 24>
    wp::tile_store<wp::float32, true, false>(var_out, var_99, var_100, var_44);
    // wp.tile_store(out, tt)                                                                 <L 25>
    wp::tile_store<wp::float32, true, false>(var_out, var_101, var_102, var_78);
    // wp.tile_store(out, clamped)                                                            <L 26>
    wp::tile_store<wp::float32, true, false>(var_out, var_103, var_104, var_93);
    // wp.tile_store(o1, s)                                                                   <L 27>
    wp::tile_store<wp::float32, true, false>(var_o1, var_105, var_62);
}



template <bool wp_linear_contiguous>
static void views_a2efd415_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_a2efd415 *_wp_args,
    wp_args_views_a2efd415 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_o1 = _wp_args->o1;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_o1 = _wp_adj_args->o1;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 8;
    bool var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_12 = nullptr;
    const wp::int32 var_13 = 0;
    wp::slice_t var_14;
    const wp::int32 var_15 = 2147483647;
    const wp::int32 var_16 = -2147483648;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<8>>, false> var_19 = nullptr;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = -1;
    const wp::int32 var_22 = 7;
    wp::slice_t var_23;
    const wp::int32 var_24 = 2147483647;
    const wp::int32 var_25 = -2147483648;
    const wp::int32 var_26 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 4;
    const wp::int32 var_30 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_31;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_32 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 3;
    wp::slice_t var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 3;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = -1;
    wp::slice_t var_40;
    const wp::int32 var_41 = 2147483647;
    const wp::int32 var_42 = -2147483648;
    const wp::int32 var_43 = -1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<4,-1>>, false> var_44 = nullptr;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 3;
    const wp::int32 var_47 = 2;
    const wp::int32 var_48 = 4;
    wp::slice_t var_49;
    const wp::int32 var_50 = 2;
    const wp::int32 var_51 = 4;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 2;
    const wp::int32 var_54 = 6;
    wp::slice_t var_55;
    const wp::int32 var_56 = 2;
    const wp::int32 var_57 = 6;
    const wp::int32 var_58 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<8,1>>, false> var_59 = nullptr;
    const wp::int32 var_60 = 2;
    const wp::int32 var_61 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_62 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 4;
    wp::slice_t var_65;
    const wp::int32 var_66 = 0;
    const wp::int32 var_67 = 4;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 0;
    const wp::int32 var_70 = 2;
    wp::slice_t var_71;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 2;
    const wp::int32 var_74 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,2>, wp::tile_stride_t<8,1>>, false> var_75 = nullptr;
    const wp::int32 var_76 = 0;
    const wp::int32 var_77 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<1,8>>, false> var_78 = nullptr;
    const wp::int32 var_79 = 3;
    const wp::int32 var_80 = -100;
    const wp::int32 var_81 = 100;
    wp::slice_t var_82;
    const wp::int32 var_83 = -100;
    const wp::int32 var_84 = 100;
    const wp::int32 var_85 = 3;
    const wp::int32 var_86 = -2;
    const wp::int32 var_87 = 7;
    const wp::int32 var_88 = -9;
    wp::slice_t var_89;
    const wp::int32 var_90 = 7;
    const wp::int32 var_91 = -9;
    const wp::int32 var_92 = -2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<24,-2>>, false> var_93 = nullptr;
    const wp::int32 var_94 = 0;
    const wp::int32 var_95 = 7;
    const wp::int32 var_96 = 0;
    const wp::int32 var_97 = 0;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 0;
    const wp::int32 var_100 = 0;
    const wp::int32 var_101 = 0;
    const wp::int32 var_102 = 0;
    const wp::int32 var_103 = 0;
    const wp::int32 var_104 = 0;
    const wp::int32 var_105 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_4 = var_4;
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_12 = var_12;
    wp::int32 adj_13 = {};
    wp::slice_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<8>>, false>& adj_19 = var_19;
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::slice_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_27 = var_27;
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_31 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_32 = var_32;
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::slice_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::slice_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<4,-1>>, false>& adj_44 = var_44;
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::slice_t adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::slice_t adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<8,1>>, false>& adj_59 = var_59;
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_62{};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::slice_t adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::slice_t adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,2>, wp::tile_stride_t<8,1>>, false>& adj_75 = var_75;
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<1,8>>, false>& adj_78 = var_78;
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::slice_t adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::slice_t adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<24,-2>>, false>& adj_93 = var_93;
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), n: int):       <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(8, 8))                                                      <L 12>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_a, var_5, var_6);
    // r = t[n]                                                                               <L 13>
    var_9 = (var_n < var_7);
    var_10 = wp::add(var_n, var_8);
    var_11 = wp::where(var_9, var_10, var_n);
    var_12 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_11, var_13);
    // c = t[:, 3]                                                                            <L 14>
    var_14 = wp::slice_t(var_15, var_16, var_17);
    var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<8>>, false>>(var_4, var_20, var_18);
    // last = t[-1, :]                                                                        <L 15>
    var_23 = wp::slice_t(var_24, var_25, var_26);
    var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_4, var_22, var_28);
    // z = wp.tile_zeros(shape=(4, 4), dtype=float)                                           <L 16>
    var_31 = wp::tuple(var_29, var_30);
    var_32 = wp::tile_zeros<float, 4, 4>();
    // zz = z[1:3, ::-1]                                                                      <L 17>
    var_35 = wp::slice_t(var_36, var_37, var_38);
    var_40 = wp::slice_t(var_41, var_42, var_43);
    var_44 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<4,-1>>, false>>(var_32, var_45, var_46);
    // s = wp.tile_sum(t[2:4, 2:6])                                                           <L 18>
    var_49 = wp::slice_t(var_50, var_51, var_52);
    var_55 = wp::slice_t(var_56, var_57, var_58);
    var_59 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<8,1>>, false>>(var_4, var_60, var_61);
    var_62 = wp::tile_sum(var_59);
    // tt = wp.tile_transpose(t[0:4, 0:2])                                                    <L 19>
    var_65 = wp::slice_t(var_66, var_67, var_68);
    var_71 = wp::slice_t(var_72, var_73, var_74);
    var_75 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,2>, wp::tile_stride_t<8,1>>, false>>(var_4, var_76, var_77);
    var_78 = wp::tile_transpose(var_75);
    // clamped = t[-100:100:3, 7:-9:-2]                                                       <L 20>
    var_82 = wp::slice_t(var_83, var_84, var_85);
    var_89 = wp::slice_t(var_90, var_91, var_92);
    var_93 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<3,4>, wp::tile_stride_t<24,-2>>, false>>(var_4, var_94, var_95);
    // wp.tile_store(o1, r)                                                                   <L 21>
    // wp::tile_store<wp::float32, true, false>(var_o1, var_96, var_12);
    // wp.tile_store(o1, c)                                                                   <L 22>
    // wp::tile_store<wp::float32, true, false>(var_o1, var_97, var_19);
    // wp.tile_store(o1, last)                                                                <L 23>
    // wp::tile_store<wp::float32, true, false>(var_o1, var_98, var_27);
    // wp.tile_store(out, zz)                                                                 <L 24>
    // wp::tile_store<wp::float32, true, false>(var_out, var_99, var_100, var_44);
    // wp.tile_store(out, tt)                                                                 <L 25>
    // wp::tile_store<wp::float32, true, false>(var_out, var_101, var_102, var_78);
    // wp.tile_store(out, clamped)                                                            <L 26>
    // wp::tile_store<wp::float32, true, false>(var_out, var_103, var_104, var_93);
    // wp.tile_store(o1, s)                                                                   <L 27>
    // wp::tile_store<wp::float32, true, false>(var_o1, var_105, var_62);
    //---------
    // reverse
    wp::adj_tile_store(var_o1, var_105, var_62, adj_o1, adj_105, adj_62);
    // adj: wp.tile_store(o1, s)                                                              <L 27>
    wp::adj_tile_store(var_out, var_103, var_104, var_93, adj_out, adj_103, adj_104, adj_93);
    // adj: wp.tile_store(out, clamped)                                                       <L 26>
    wp::adj_tile_store(var_out, var_101, var_102, var_78, adj_out, adj_101, adj_102, adj_78);
    // adj: wp.tile_store(out, tt)                                                            <L 25>
    wp::adj_tile_store(var_out, var_99, var_100, var_44, adj_out, adj_99, adj_100, adj_44);
    // adj: wp.tile_store(out, zz)                                                            <L 24>
    wp::adj_tile_store(var_o1, var_98, var_27, adj_o1, adj_98, adj_27);
    // adj: wp.tile_store(o1, last)                                                           <L 23>
    wp::adj_tile_store(var_o1, var_97, var_19, adj_o1, adj_97, adj_19);
    // adj: wp.tile_store(o1, c)                                                              <L 22>
    wp::adj_tile_store(var_o1, var_96, var_12, adj_o1, adj_96, adj_12);
    // adj: wp.tile_store(o1, r)                                                              <L 21>
    // adj: clamped = t[-100:100:3, 7:-9:-2]                                                  <L 20>
    wp::adj_tile_transpose(var_75, adj_75, adj_78);
    // adj: tt = wp.tile_transpose(t[0:4, 0:2])                                               <L 19>
    wp::adj_tile_sum(var_59, adj_59, adj_62);
    // adj: s = wp.tile_sum(t[2:4, 2:6])                                                      <L 18>
    // adj: zz = z[1:3, ::-1]                                                                 <L 17>
    // adj: z = wp.tile_zeros(shape=(4, 4), dtype=float)                                      <L 16>
    // adj: last = t[-1, :]                                                                   <L 15>
    // adj: c = t[:, 3]                                                                       <L 14>
    wp::adj_where(var_9, var_10, var_n, adj_9, adj_10, adj_n, adj_11);
    wp::adj_add(var_n, var_8, adj_n, adj_8, adj_10);
    // adj: r = t[n]                                                                          <L 13>
    wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_4);
    // adj: t = wp.tile_load(a, shape=(8, 8))                                                 <L 12>
    // adj: i = wp.tid()                                                                      <L 11>
    // adj: def views(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), o1: wp.array(dtype=float), n: int):  <L 10>
    return;
}



struct views_a2efd415_cpu_block_payload_forward
{
    wp_args_views_a2efd415* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_a2efd415_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_a2efd415_cpu_block_payload_forward* payload = (views_a2efd415_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_a2efd415_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void views_a2efd415_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_a2efd415 *_wp_args)
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
        views_a2efd415_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_a2efd415_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct views_a2efd415_cpu_block_payload_backward
{
    wp_args_views_a2efd415* args;
    wp_args_views_a2efd415* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_a2efd415_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_a2efd415_cpu_block_payload_backward* payload = (views_a2efd415_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_a2efd415_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void views_a2efd415_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_a2efd415 *_wp_args,
    wp_args_views_a2efd415 *_wp_adj_args)
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
        views_a2efd415_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_a2efd415_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_vectors_d67d2ab0 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::float32> out2;
};


template <bool wp_linear_contiguous>
static void vectors_d67d2ab0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vectors_d67d2ab0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_out2 = _wp_args->out2;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 2;
    const wp::int32 var_10 = 8;
    wp::slice_t var_11;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 3;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<3>>, false> var_15 = nullptr;
    const wp::int32 var_16 = 2;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 2;
    const wp::int32 var_19 = 1;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = 1;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 2;
    const wp::int32 var_27 = 4;
    const wp::int32 var_28 = 8;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_29;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true> var_30 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,4,8>,wp::tile_stride_t<32,8,1>,false>();
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_35 = nullptr;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    wp::slice_t var_40;
    const wp::int32 var_41 = 2147483647;
    const wp::int32 var_42 = -2147483648;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 2;
    wp::slice_t var_46;
    const wp::int32 var_47 = 2147483647;
    const wp::int32 var_48 = -2147483648;
    const wp::int32 var_49 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<32,2>>, false> var_50 = nullptr;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 0;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = 0;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = 3;
    wp::slice_t var_58;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 3;
    const wp::int32 var_61 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_62 = nullptr;
    const wp::int32 var_63 = 1;
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    //---------
    // forward
    // def vectors(a: wp.array2d(dtype=wp.vec3), b: wp.array3d(dtype=float), out: wp.array(dtype=wp.vec3), out2: wp.array2d(dtype=float)):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 33>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4, 8>(var_a, var_5, var_6);
    // v = t[1, 2:8:3]                                                                        <L 34>
    var_11 = wp::slice_t(var_12, var_13, var_14);
    var_15 = wp::tile_view<wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<3>>, false>>(var_4, var_7, var_16);
    // wp.tile_store(out, v)                                                                  <L 35>
    wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_out, var_17, var_15);
    // out[0] = t[2, 1] + t[1, 1]                                                             <L 36>
    var_20 = wp::tile_extract(var_4, var_18, var_19);
    var_23 = wp::tile_extract(var_4, var_21, var_22);
    var_24 = wp::add(var_20, var_23);
    wp::array_store(var_out, var_25, var_24);
    // u = wp.tile_load(b, shape=(2, 4, 8))                                                   <L 37>
    var_29 = wp::tuple(var_26, var_27, var_28);
    var_30 = wp::tile_load<wp::float32, true, false, 2, 4, 8>(var_b, var_31, var_32, var_33);
    // wp.tile_store(out2, u[1])                                                              <L 38>
    var_35 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_30, var_34, var_36, var_37);
    wp::tile_store<wp::float32, true, false>(var_out2, var_38, var_39, var_35);
    // wp.tile_store(out2, u[:, 1, ::2])                                                      <L 39>
    var_40 = wp::slice_t(var_41, var_42, var_43);
    var_46 = wp::slice_t(var_47, var_48, var_49);
    var_50 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<32,2>>, false>>(var_30, var_51, var_44, var_52);
    wp::tile_store<wp::float32, true, false>(var_out2, var_53, var_54, var_50);
    // wp.tile_store(out2, u[0, 1:3])                                                         <L 40>
    var_58 = wp::slice_t(var_59, var_60, var_61);
    var_62 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_30, var_55, var_63, var_64);
    wp::tile_store<wp::float32, true, false>(var_out2, var_65, var_66, var_62);
}



template <bool wp_linear_contiguous>
static void vectors_d67d2ab0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vectors_d67d2ab0 *_wp_args,
    wp_args_vectors_d67d2ab0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_out2 = _wp_args->out2;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_out2 = _wp_adj_args->out2;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 2;
    const wp::int32 var_10 = 8;
    wp::slice_t var_11;
    const wp::int32 var_12 = 2;
    const wp::int32 var_13 = 8;
    const wp::int32 var_14 = 3;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<3>>, false> var_15 = nullptr;
    const wp::int32 var_16 = 2;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 2;
    const wp::int32 var_19 = 1;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    const wp::int32 var_22 = 1;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 2;
    const wp::int32 var_27 = 4;
    const wp::int32 var_28 = 8;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_29;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true> var_30 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<2,4,8>,wp::tile_stride_t<32,8,1>,true>();
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false> var_35 = nullptr;
    const wp::int32 var_36 = 0;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    wp::slice_t var_40;
    const wp::int32 var_41 = 2147483647;
    const wp::int32 var_42 = -2147483648;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 2;
    wp::slice_t var_46;
    const wp::int32 var_47 = 2147483647;
    const wp::int32 var_48 = -2147483648;
    const wp::int32 var_49 = 2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<32,2>>, false> var_50 = nullptr;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 0;
    const wp::int32 var_53 = 0;
    const wp::int32 var_54 = 0;
    const wp::int32 var_55 = 0;
    const wp::int32 var_56 = 1;
    const wp::int32 var_57 = 3;
    wp::slice_t var_58;
    const wp::int32 var_59 = 1;
    const wp::int32 var_60 = 3;
    const wp::int32 var_61 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false> var_62 = nullptr;
    const wp::int32 var_63 = 1;
    const wp::int32 var_64 = 0;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_4 = var_4;
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::slice_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<3>>, false>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_29 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4,8>, wp::tile_stride_t<32,8,1>>, true>& adj_30 = var_30;
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>& adj_35 = var_35;
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::slice_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::slice_t adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<32,2>>, false>& adj_50 = var_50;
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::slice_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>& adj_62 = var_62;
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    //---------
    // forward
    // def vectors(a: wp.array2d(dtype=wp.vec3), b: wp.array3d(dtype=float), out: wp.array(dtype=wp.vec3), out2: wp.array2d(dtype=float)):       <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 33>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4, 8>(var_a, var_5, var_6);
    // v = t[1, 2:8:3]                                                                        <L 34>
    var_11 = wp::slice_t(var_12, var_13, var_14);
    var_15 = wp::tile_view<wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<3>>, false>>(var_4, var_7, var_16);
    // wp.tile_store(out, v)                                                                  <L 35>
    // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_out, var_17, var_15);
    // out[0] = t[2, 1] + t[1, 1]                                                             <L 36>
    var_20 = wp::tile_extract(var_4, var_18, var_19);
    var_23 = wp::tile_extract(var_4, var_21, var_22);
    var_24 = wp::add(var_20, var_23);
    // wp::array_store(var_out, var_25, var_24);
    // u = wp.tile_load(b, shape=(2, 4, 8))                                                   <L 37>
    var_29 = wp::tuple(var_26, var_27, var_28);
    var_30 = wp::tile_load<wp::float32, true, false, 2, 4, 8>(var_b, var_31, var_32, var_33);
    // wp.tile_store(out2, u[1])                                                              <L 38>
    var_35 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, false>>(var_30, var_34, var_36, var_37);
    // wp::tile_store<wp::float32, true, false>(var_out2, var_38, var_39, var_35);
    // wp.tile_store(out2, u[:, 1, ::2])                                                      <L 39>
    var_40 = wp::slice_t(var_41, var_42, var_43);
    var_46 = wp::slice_t(var_47, var_48, var_49);
    var_50 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,4>, wp::tile_stride_t<32,2>>, false>>(var_30, var_51, var_44, var_52);
    // wp::tile_store<wp::float32, true, false>(var_out2, var_53, var_54, var_50);
    // wp.tile_store(out2, u[0, 1:3])                                                         <L 40>
    var_58 = wp::slice_t(var_59, var_60, var_61);
    var_62 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2,8>, wp::tile_stride_t<8,1>>, false>>(var_30, var_55, var_63, var_64);
    // wp::tile_store<wp::float32, true, false>(var_out2, var_65, var_66, var_62);
    //---------
    // reverse
    wp::adj_tile_store(var_out2, var_65, var_66, var_62, adj_out2, adj_65, adj_66, adj_62);
    // adj: wp.tile_store(out2, u[0, 1:3])                                                    <L 40>
    wp::adj_tile_store(var_out2, var_53, var_54, var_50, adj_out2, adj_53, adj_54, adj_50);
    // adj: wp.tile_store(out2, u[:, 1, ::2])                                                 <L 39>
    wp::adj_tile_store(var_out2, var_38, var_39, var_35, adj_out2, adj_38, adj_39, adj_35);
    // adj: wp.tile_store(out2, u[1])                                                         <L 38>
    wp::adj_tile_load(var_b, var_31, var_32, var_33, adj_b, adj_31, adj_32, adj_33, adj_30);
    // adj: u = wp.tile_load(b, shape=(2, 4, 8))                                              <L 37>
    wp::adj_array_store(var_out, var_25, var_24, adj_out, adj_25, adj_24);
    wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_tile_extract(var_4, var_21, var_22, adj_4, adj_21, adj_22, adj_23);
    wp::adj_tile_extract(var_4, var_18, var_19, adj_4, adj_18, adj_19, adj_20);
    // adj: out[0] = t[2, 1] + t[1, 1]                                                        <L 36>
    wp::adj_tile_store(var_out, var_17, var_15, adj_out, adj_17, adj_15);
    // adj: wp.tile_store(out, v)                                                             <L 35>
    // adj: v = t[1, 2:8:3]                                                                   <L 34>
    wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_4);
    // adj: t = wp.tile_load(a, shape=(4, 8))                                                 <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def vectors(a: wp.array2d(dtype=wp.vec3), b: wp.array3d(dtype=float), out: wp.array(dtype=wp.vec3), out2: wp.array2d(dtype=float)):  <L 31>
    return;
}



struct vectors_d67d2ab0_cpu_block_payload_forward
{
    wp_args_vectors_d67d2ab0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vectors_d67d2ab0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vectors_d67d2ab0_cpu_block_payload_forward* payload = (vectors_d67d2ab0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vectors_d67d2ab0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void vectors_d67d2ab0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vectors_d67d2ab0 *_wp_args)
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
        vectors_d67d2ab0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vectors_d67d2ab0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct vectors_d67d2ab0_cpu_block_payload_backward
{
    wp_args_vectors_d67d2ab0* args;
    wp_args_vectors_d67d2ab0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vectors_d67d2ab0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vectors_d67d2ab0_cpu_block_payload_backward* payload = (vectors_d67d2ab0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vectors_d67d2ab0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void vectors_d67d2ab0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vectors_d67d2ab0 *_wp_args,
    wp_args_vectors_d67d2ab0 *_wp_adj_args)
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
        vectors_d67d2ab0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vectors_d67d2ab0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_reference_indices_f6834518 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> idx;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void reference_indices_f6834518_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reference_indices_f6834518 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::int32* var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 4;
    bool var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32* var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 8;
    bool var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32* var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 4;
    bool var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_37 = nullptr;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 3;
    wp::slice_t var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 3;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = 0;
    wp::int32* var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 8;
    bool var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::int32 var_56;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<8>>, false> var_57 = nullptr;
    const wp::int32 var_58 = 1;
    const wp::int32 var_59 = 0;
    //---------
    // forward
    // def reference_indices(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 80>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 81>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // x = t[idx[0], idx[1]]                                                                  <L 82>
    var_7 = wp::address(var_idx, var_6);
    var_11 = wp::load(var_7);
    var_10 = (var_11 < var_8);
    var_13 = wp::load(var_7);
    var_12 = wp::add(var_13, var_9);
    var_15 = wp::load(var_7);
    var_14 = wp::where(var_10, var_12, var_15);
    var_17 = wp::address(var_idx, var_16);
    var_21 = wp::load(var_17);
    var_20 = (var_21 < var_18);
    var_23 = wp::load(var_17);
    var_22 = wp::add(var_23, var_19);
    var_25 = wp::load(var_17);
    var_24 = wp::where(var_20, var_22, var_25);
    var_26 = wp::tile_extract(var_3, var_14, var_24);
    // r = t[idx[2]]                                                                          <L 83>
    var_28 = wp::address(var_idx, var_27);
    var_32 = wp::load(var_28);
    var_31 = (var_32 < var_29);
    var_34 = wp::load(var_28);
    var_33 = wp::add(var_34, var_30);
    var_36 = wp::load(var_28);
    var_35 = wp::where(var_31, var_33, var_36);
    var_37 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_3, var_35, var_38);
    // out[0] = x                                                                             <L 84>
    wp::array_store(var_out, var_39, var_26);
    // wp.tile_store(out, r)                                                                  <L 85>
    wp::tile_store<wp::float32, true, false>(var_out, var_40, var_37);
    // wp.tile_store(out, t[1:3, idx[0]])                                                     <L 86>
    var_43 = wp::slice_t(var_44, var_45, var_46);
    var_48 = wp::address(var_idx, var_47);
    var_52 = wp::load(var_48);
    var_51 = (var_52 < var_49);
    var_54 = wp::load(var_48);
    var_53 = wp::add(var_54, var_50);
    var_56 = wp::load(var_48);
    var_55 = wp::where(var_51, var_53, var_56);
    var_57 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<8>>, false>>(var_3, var_58, var_55);
    wp::tile_store<wp::float32, true, false>(var_out, var_59, var_57);
}



template <bool wp_linear_contiguous>
static void reference_indices_f6834518_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reference_indices_f6834518 *_wp_args,
    wp_args_reference_indices_f6834518 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_idx = _wp_adj_args->idx;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 4;
    const wp::int32 var_1 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::int32* var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 4;
    bool var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32* var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 8;
    bool var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32* var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 4;
    bool var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_37 = nullptr;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    const wp::int32 var_42 = 3;
    wp::slice_t var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 3;
    const wp::int32 var_46 = 1;
    const wp::int32 var_47 = 0;
    wp::int32* var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 8;
    bool var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    wp::int32 var_56;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<8>>, false> var_57 = nullptr;
    const wp::int32 var_58 = 1;
    const wp::int32 var_59 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_37 = var_37;
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::slice_t adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<8>>, false>& adj_57 = var_57;
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    //---------
    // forward
    // def reference_indices(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 80>
    // t = wp.tile_load(a, shape=(4, 8))                                                      <L 81>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_4, var_5);
    // x = t[idx[0], idx[1]]                                                                  <L 82>
    var_7 = wp::address(var_idx, var_6);
    var_11 = wp::load(var_7);
    var_10 = (var_11 < var_8);
    var_13 = wp::load(var_7);
    var_12 = wp::add(var_13, var_9);
    var_15 = wp::load(var_7);
    var_14 = wp::where(var_10, var_12, var_15);
    var_17 = wp::address(var_idx, var_16);
    var_21 = wp::load(var_17);
    var_20 = (var_21 < var_18);
    var_23 = wp::load(var_17);
    var_22 = wp::add(var_23, var_19);
    var_25 = wp::load(var_17);
    var_24 = wp::where(var_20, var_22, var_25);
    var_26 = wp::tile_extract(var_3, var_14, var_24);
    // r = t[idx[2]]                                                                          <L 83>
    var_28 = wp::address(var_idx, var_27);
    var_32 = wp::load(var_28);
    var_31 = (var_32 < var_29);
    var_34 = wp::load(var_28);
    var_33 = wp::add(var_34, var_30);
    var_36 = wp::load(var_28);
    var_35 = wp::where(var_31, var_33, var_36);
    var_37 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_3, var_35, var_38);
    // out[0] = x                                                                             <L 84>
    // wp::array_store(var_out, var_39, var_26);
    // wp.tile_store(out, r)                                                                  <L 85>
    // wp::tile_store<wp::float32, true, false>(var_out, var_40, var_37);
    // wp.tile_store(out, t[1:3, idx[0]])                                                     <L 86>
    var_43 = wp::slice_t(var_44, var_45, var_46);
    var_48 = wp::address(var_idx, var_47);
    var_52 = wp::load(var_48);
    var_51 = (var_52 < var_49);
    var_54 = wp::load(var_48);
    var_53 = wp::add(var_54, var_50);
    var_56 = wp::load(var_48);
    var_55 = wp::where(var_51, var_53, var_56);
    var_57 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<2>, wp::tile_stride_t<8>>, false>>(var_3, var_58, var_55);
    // wp::tile_store<wp::float32, true, false>(var_out, var_59, var_57);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_59, var_57, adj_out, adj_59, adj_57);
    wp::adj_where(var_51, var_53, var_56, adj_51, adj_53, adj_48, adj_55);
    wp::adj_add(var_54, var_50, adj_48, adj_50, adj_53);
    wp::adj_address(var_idx, var_47, adj_idx, adj_47, adj_48);
    // adj: wp.tile_store(out, t[1:3, idx[0]])                                                <L 86>
    wp::adj_tile_store(var_out, var_40, var_37, adj_out, adj_40, adj_37);
    // adj: wp.tile_store(out, r)                                                             <L 85>
    wp::adj_array_store(var_out, var_39, var_26, adj_out, adj_39, adj_26);
    // adj: out[0] = x                                                                        <L 84>
    wp::adj_where(var_31, var_33, var_36, adj_31, adj_33, adj_28, adj_35);
    wp::adj_add(var_34, var_30, adj_28, adj_30, adj_33);
    wp::adj_address(var_idx, var_27, adj_idx, adj_27, adj_28);
    // adj: r = t[idx[2]]                                                                     <L 83>
    wp::adj_tile_extract(var_3, var_14, var_24, adj_3, adj_14, adj_24, adj_26);
    wp::adj_where(var_20, var_22, var_25, adj_20, adj_22, adj_17, adj_24);
    wp::adj_add(var_23, var_19, adj_17, adj_19, adj_22);
    wp::adj_address(var_idx, var_16, adj_idx, adj_16, adj_17);
    wp::adj_where(var_10, var_12, var_15, adj_10, adj_12, adj_7, adj_14);
    wp::adj_add(var_13, var_9, adj_7, adj_9, adj_12);
    wp::adj_address(var_idx, var_6, adj_idx, adj_6, adj_7);
    // adj: x = t[idx[0], idx[1]]                                                             <L 82>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(4, 8))                                                 <L 81>
    // adj: def reference_indices(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 80>
    return;
}



struct reference_indices_f6834518_cpu_block_payload_forward
{
    wp_args_reference_indices_f6834518* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void reference_indices_f6834518_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    reference_indices_f6834518_cpu_block_payload_forward* payload = (reference_indices_f6834518_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    reference_indices_f6834518_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void reference_indices_f6834518_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reference_indices_f6834518 *_wp_args)
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
        reference_indices_f6834518_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &reference_indices_f6834518_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct reference_indices_f6834518_cpu_block_payload_backward
{
    wp_args_reference_indices_f6834518* args;
    wp_args_reference_indices_f6834518* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void reference_indices_f6834518_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    reference_indices_f6834518_cpu_block_payload_backward* payload = (reference_indices_f6834518_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    reference_indices_f6834518_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void reference_indices_f6834518_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reference_indices_f6834518 *_wp_args,
    wp_args_reference_indices_f6834518 *_wp_adj_args)
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
        reference_indices_f6834518_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &reference_indices_f6834518_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

