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


// warpsynth/tiles_map_transpose.py:10
static wp::float32 soft_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def soft(x: float):                                                                    <L 11>
    // return x / (1.0 + wp.abs(x))                                                           <L 12>
    var_1 = wp::abs(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::div(var_x, var_2);
    return var_3;
}


// warpsynth/tiles_map_transpose.py:15
static wp::float32 blend_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.25;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.75;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def blend(x: float, y: float):                                                         <L 16>
    // return 0.25 * x + 0.75 * y                                                             <L 17>
    var_1 = wp::mul(var_0, var_x);
    var_3 = wp::mul(var_2, var_y);
    var_4 = wp::add(var_1, var_3);
    return var_4;
}


// warpsynth/tiles_map_transpose.py:10
static void adj_soft_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def soft(x: float):                                                                    <L 11>
    // return x / (1.0 + wp.abs(x))                                                           <L 12>
    var_1 = wp::abs(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::div(var_x, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_div(var_x, var_2, var_3, adj_x, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_abs(var_x, adj_x, adj_1);
    // adj: return x / (1.0 + wp.abs(x))                                                      <L 12>
    // adj: def soft(x: float):                                                               <L 11>
    return;
}


// warpsynth/tiles_map_transpose.py:15
static void adj_blend_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.25;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.75;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def blend(x: float, y: float):                                                         <L 16>
    // return 0.25 * x + 0.75 * y                                                             <L 17>
    var_1 = wp::mul(var_0, var_x);
    var_3 = wp::mul(var_2, var_y);
    var_4 = wp::add(var_1, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_mul(var_2, var_y, adj_2, adj_y, adj_3);
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    // adj: return 0.25 * x + 0.75 * y                                                        <L 17>
    // adj: def blend(x: float, y: float):                                                    <L 16>
    return;
}

struct wp_args_maps_4c13cc1a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void maps_4c13cc1a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_maps_4c13cc1a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::float32 var_13 = 3.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false> var_21 = nullptr;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // forward
    // def maps(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=float)):       <L 21>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 23>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_5, var_6);
    // y = wp.tile_map(wp.sin, x)                                                             <L 24>
    var_9 = wp::tile_unary_map(wp::sin, var_8);
    // z = wp.tile_map(soft, y)                                                               <L 25>
    var_10 = wp::tile_unary_map(soft_0, var_9);
    // w = wp.tile_map(blend, z, x)                                                           <L 26>
    var_11 = wp::tile_binary_map(blend_0, var_10, var_8);
    // f = wp.tile_map(wp.floor, w)                                                           <L 27>
    var_12 = wp::tile_unary_map(wp::floor, var_11);
    // m = wp.tile_map(wp.mul, f, 3.0)                                                        <L 28>
    var_14 = wp::tile_binary_map(wp::mul, var_12, var_13);
    // n = wp.tile_map(op=wp.add, a=m, b=y)                                                   <L 29>
    var_15 = wp::tile_binary_map(wp::add, var_14, var_9);
    // t = wp.tile_transpose(n)                                                               <L 30>
    var_16 = wp::tile_transpose(var_15);
    // e = wp.tile_extract(t, 1, 2)                                                           <L 31>
    var_19 = wp::tile_extract(var_16, var_17, var_18);
    // u = wp.tile_transpose(t * e)                                                           <L 32>
    var_20 = wp::tile_mul(var_16, var_19);
    var_21 = wp::tile_transpose(var_20);
    // wp.tile_store(b, u + x, offset=(i * TILE_M, j * TILE_N))                               <L 33>
    var_22 = wp::tile_add(var_21, var_8);
    var_23 = wp::mul(var_0, var_2);
    var_24 = wp::mul(var_1, var_3);
    var_25 = wp::tuple(var_23, var_24);
    wp::tile_store<wp::float32, true, false>(var_b, var_23, var_24, var_22);
    // wp.tile_store(c, wp.tile_sum(x), offset=i)                                             <L 34>
    var_26 = wp::tile_sum(var_8);
    wp::tile_store<wp::float32, true, false>(var_c, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void maps_4c13cc1a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_maps_4c13cc1a *_wp_args,
    wp_args_maps_4c13cc1a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_9 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_11 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::float32 var_13 = 3.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_16 = nullptr;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false> var_21 = nullptr;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_23;
    wp::int32 var_24;
    wp::tuple_t<wp::int32, wp::int32> var_25;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_8{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_9{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_10{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_11{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_12{};
    wp::float32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_14{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_15 = var_15;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_16 = var_16;
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_20 = var_20;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<1,8>>, false>& adj_21 = var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_22{};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_25 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_26{};
    //---------
    // forward
    // def maps(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=float)):       <L 21>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 23>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_5, var_6);
    // y = wp.tile_map(wp.sin, x)                                                             <L 24>
    var_9 = wp::tile_unary_map(wp::sin, var_8);
    // z = wp.tile_map(soft, y)                                                               <L 25>
    var_10 = wp::tile_unary_map(soft_0, var_9);
    // w = wp.tile_map(blend, z, x)                                                           <L 26>
    var_11 = wp::tile_binary_map(blend_0, var_10, var_8);
    // f = wp.tile_map(wp.floor, w)                                                           <L 27>
    var_12 = wp::tile_unary_map(wp::floor, var_11);
    // m = wp.tile_map(wp.mul, f, 3.0)                                                        <L 28>
    var_14 = wp::tile_binary_map(wp::mul, var_12, var_13);
    // n = wp.tile_map(op=wp.add, a=m, b=y)                                                   <L 29>
    var_15 = wp::tile_binary_map(wp::add, var_14, var_9);
    // t = wp.tile_transpose(n)                                                               <L 30>
    var_16 = wp::tile_transpose(var_15);
    // e = wp.tile_extract(t, 1, 2)                                                           <L 31>
    var_19 = wp::tile_extract(var_16, var_17, var_18);
    // u = wp.tile_transpose(t * e)                                                           <L 32>
    var_20 = wp::tile_mul(var_16, var_19);
    var_21 = wp::tile_transpose(var_20);
    // wp.tile_store(b, u + x, offset=(i * TILE_M, j * TILE_N))                               <L 33>
    var_22 = wp::tile_add(var_21, var_8);
    var_23 = wp::mul(var_0, var_2);
    var_24 = wp::mul(var_1, var_3);
    var_25 = wp::tuple(var_23, var_24);
    // wp::tile_store<wp::float32, true, false>(var_b, var_23, var_24, var_22);
    // wp.tile_store(c, wp.tile_sum(x), offset=i)                                             <L 34>
    var_26 = wp::tile_sum(var_8);
    // wp::tile_store<wp::float32, true, false>(var_c, var_0, var_26);
    //---------
    // reverse
    wp::adj_tile_store(var_c, var_0, var_26, adj_c, adj_0, adj_26);
    wp::adj_tile_sum(var_8, adj_8, adj_26);
    // adj: wp.tile_store(c, wp.tile_sum(x), offset=i)                                        <L 34>
    wp::adj_tile_store(var_b, var_23, var_24, var_22, adj_b, adj_23, adj_24, adj_22);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_24);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_23);
    wp::adj_tile_add(var_21, var_8, adj_21, adj_8, adj_22);
    // adj: wp.tile_store(b, u + x, offset=(i * TILE_M, j * TILE_N))                          <L 33>
    wp::adj_tile_transpose(var_20, adj_20, adj_21);
    wp::adj_tile_mul(var_16, var_19, adj_16, adj_19, adj_20);
    // adj: u = wp.tile_transpose(t * e)                                                      <L 32>
    wp::adj_tile_extract(var_16, var_17, var_18, adj_16, adj_17, adj_18, adj_19);
    // adj: e = wp.tile_extract(t, 1, 2)                                                      <L 31>
    wp::adj_tile_transpose(var_15, adj_15, adj_16);
    // adj: t = wp.tile_transpose(n)                                                          <L 30>
    wp::adj_tile_binary_map(wp::add, var_14, var_9, wp::adj_add, adj_14, adj_9, adj_15);
    // adj: n = wp.tile_map(op=wp.add, a=m, b=y)                                              <L 29>
    wp::adj_tile_binary_map(wp::mul, var_12, var_13, wp::adj_mul, adj_12, adj_13, adj_14);
    // adj: m = wp.tile_map(wp.mul, f, 3.0)                                                   <L 28>
    // adj: f = wp.tile_map(wp.floor, w)                                                      <L 27>
    wp::adj_tile_binary_map(blend_0, var_10, var_8, adj_blend_0, adj_10, adj_8, adj_11);
    // adj: w = wp.tile_map(blend, z, x)                                                      <L 26>
    wp::adj_tile_unary_map(soft_0, var_9, adj_soft_0, adj_9, adj_10);
    // adj: z = wp.tile_map(soft, y)                                                          <L 25>
    wp::adj_tile_unary_map(wp::sin, var_8, wp::adj_sin, adj_8, adj_9);
    // adj: y = wp.tile_map(wp.sin, x)                                                        <L 24>
    wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_8);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
    // adj: x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))      <L 23>
    // adj: i, j = wp.tid()                                                                   <L 22>
    // adj: def maps(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array(dtype=float)):  <L 21>
    return;
}



struct maps_4c13cc1a_cpu_block_payload_forward
{
    wp_args_maps_4c13cc1a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void maps_4c13cc1a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    maps_4c13cc1a_cpu_block_payload_forward* payload = (maps_4c13cc1a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    maps_4c13cc1a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void maps_4c13cc1a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_maps_4c13cc1a *_wp_args)
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
        maps_4c13cc1a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &maps_4c13cc1a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct maps_4c13cc1a_cpu_block_payload_backward
{
    wp_args_maps_4c13cc1a* args;
    wp_args_maps_4c13cc1a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void maps_4c13cc1a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    maps_4c13cc1a_cpu_block_payload_backward* payload = (maps_4c13cc1a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    maps_4c13cc1a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void maps_4c13cc1a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_maps_4c13cc1a *_wp_args,
    wp_args_maps_4c13cc1a *_wp_adj_args)
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
        maps_4c13cc1a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &maps_4c13cc1a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_loops_7f362381 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::int32 count;
};


template <bool wp_linear_contiguous>
static void loops_7f362381_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loops_7f362381 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 8;
    const wp::int32 var_4 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_9 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, false> var_10 = nullptr;
    const wp::float32 var_11 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_13;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    const wp::int32 var_15 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    //---------
    // forward
    // def loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), count: int):         <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // for k in range(count):                                                                 <L 56>
    var_1 = wp::range(var_count);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
        // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i, k * TILE_N))                <L 57>
        var_5 = wp::tuple(var_3, var_4);
        var_6 = wp::mul(var_2, var_4);
        var_7 = wp::tuple(var_0, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_0, var_6);
        // s = wp.tile_transpose(t)                                                           <L 58>
        var_9 = wp::tile_transpose(var_8);
        // wp.tile_store(b, wp.tile_transpose(s) * 2.0, offset=(i, k * TILE_N))               <L 59>
        var_10 = wp::tile_transpose(var_9);
        var_12 = wp::tile_mul(var_10, var_11);
        var_13 = wp::mul(var_2, var_4);
        var_14 = wp::tuple(var_0, var_13);
        wp::tile_store<wp::float32, true, false>(var_b, var_0, var_13, var_12);
        goto start_for_0;
    end_for_0:;
    // for k in range(2):                                                                     <L 60>
    // u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                                  <L 61>
    var_16 = wp::tuple(var_3, var_4);
    var_17 = wp::tile_ones<float, 8, 4>();
    // wp.tile_store(b, u, offset=(k, 0))                                                     <L 62>
    var_19 = wp::tuple(var_15, var_18);
    wp::tile_store<wp::float32, true, false>(var_b, var_20, var_21, var_17);
    // u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                                  <L 61>
    var_23 = wp::tuple(var_3, var_4);
    var_24 = wp::tile_ones<float, 8, 4>();
    // wp.tile_store(b, u, offset=(k, 0))                                                     <L 62>
    var_26 = wp::tuple(var_22, var_25);
    wp::tile_store<wp::float32, true, false>(var_b, var_27, var_28, var_24);
}



template <bool wp_linear_contiguous>
static void loops_7f362381_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loops_7f362381 *_wp_args,
    wp_args_loops_7f362381 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::int32 var_count = _wp_args->count;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::int32 adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 8;
    const wp::int32 var_4 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_9 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, false> var_10 = nullptr;
    const wp::float32 var_11 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_12 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_13;
    wp::tuple_t<wp::int32, wp::int32> var_14;
    const wp::int32 var_15 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_24 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::range_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_8 = var_8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_9 = var_9;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, false>& adj_10 = var_10;
    wp::float32 adj_11 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_12{};
    wp::int32 adj_13 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_16 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_17{};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_24{};
    wp::int32 adj_25 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    //---------
    // forward
    // def loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), count: int):         <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // for k in range(count):                                                                 <L 56>
    var_1 = wp::range(var_count);
    // for k in range(2):                                                                     <L 60>
    // u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                                  <L 61>
    var_16 = wp::tuple(var_3, var_4);
    var_17 = wp::tile_ones<float, 8, 4>();
    // wp.tile_store(b, u, offset=(k, 0))                                                     <L 62>
    var_19 = wp::tuple(var_15, var_18);
    // wp::tile_store<wp::float32, true, false>(var_b, var_20, var_21, var_17);
    // u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                                  <L 61>
    var_23 = wp::tuple(var_3, var_4);
    var_24 = wp::tile_ones<float, 8, 4>();
    // wp.tile_store(b, u, offset=(k, 0))                                                     <L 62>
    var_26 = wp::tuple(var_22, var_25);
    // wp::tile_store<wp::float32, true, false>(var_b, var_27, var_28, var_24);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_27, var_28, var_24, adj_b, adj_27, adj_28, adj_24);
    // adj: wp.tile_store(b, u, offset=(k, 0))                                                <L 62>
    // adj: u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                             <L 61>
    wp::adj_tile_store(var_b, var_20, var_21, var_17, adj_b, adj_20, adj_21, adj_17);
    // adj: wp.tile_store(b, u, offset=(k, 0))                                                <L 62>
    // adj: u = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=float)                             <L 61>
    // adj: for k in range(2):                                                                <L 60>
    var_1 = wp::iter_reverse(var_1);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8.grad_zero();
    	adj_11 = {};
    	adj_12.grad_zero();
    	adj_13 = {};
    	adj_14 = {};
        // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i, k * TILE_N))                <L 57>
        var_5 = wp::tuple(var_3, var_4);
        var_6 = wp::mul(var_2, var_4);
        var_7 = wp::tuple(var_0, var_6);
        var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_0, var_6);
        // s = wp.tile_transpose(t)                                                           <L 58>
        var_9 = wp::tile_transpose(var_8);
        // wp.tile_store(b, wp.tile_transpose(s) * 2.0, offset=(i, k * TILE_N))               <L 59>
        var_10 = wp::tile_transpose(var_9);
        var_12 = wp::tile_mul(var_10, var_11);
        var_13 = wp::mul(var_2, var_4);
        var_14 = wp::tuple(var_0, var_13);
        // wp::tile_store<wp::float32, true, false>(var_b, var_0, var_13, var_12);
        wp::adj_tile_store(var_b, var_0, var_13, var_12, adj_b, adj_0, adj_13, adj_12);
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_13);
        wp::adj_tile_mul(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_tile_transpose(var_9, adj_9, adj_10);
        // adj: wp.tile_store(b, wp.tile_transpose(s) * 2.0, offset=(i, k * TILE_N))          <L 59>
        wp::adj_tile_transpose(var_8, adj_8, adj_9);
        // adj: s = wp.tile_transpose(t)                                                      <L 58>
        wp::adj_tile_load(var_a, var_0, var_6, adj_a, adj_0, adj_6, adj_8);
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_6);
        // adj: t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i, k * TILE_N))           <L 57>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(count):                                                            <L 56>
    // adj: i = wp.tid()                                                                      <L 55>
    // adj: def loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), count: int):    <L 54>
    return;
}



struct loops_7f362381_cpu_block_payload_forward
{
    wp_args_loops_7f362381* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void loops_7f362381_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    loops_7f362381_cpu_block_payload_forward* payload = (loops_7f362381_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    loops_7f362381_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void loops_7f362381_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loops_7f362381 *_wp_args)
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
        loops_7f362381_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &loops_7f362381_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct loops_7f362381_cpu_block_payload_backward
{
    wp_args_loops_7f362381* args;
    wp_args_loops_7f362381* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void loops_7f362381_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    loops_7f362381_cpu_block_payload_backward* payload = (loops_7f362381_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    loops_7f362381_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void loops_7f362381_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loops_7f362381 *_wp_args,
    wp_args_loops_7f362381 *_wp_adj_args)
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
        loops_7f362381_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &loops_7f362381_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_extract_feedbe4a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> mats;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void extract_feedbe4a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_feedbe4a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 4;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 8;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = -1;
    const wp::int32 var_29 = 7;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 4;
    bool var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 4;
    bool var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = -2;
    const wp::int32 var_55 = 2;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::tile_shared_t<wp::mat_t<2, 2, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_60 = wp::tile_alloc_empty<wp::mat_t<2, 2, wp::float32>,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_61 = 0;
    wp::int32 var_62;
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 4;
    bool var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 1;
    wp::vec_t<2, wp::float32> var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    const wp::int32 var_78 = -1;
    const wp::int32 var_79 = 0;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 2;
    wp::mat_t<2, 2, wp::float32> var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    //---------
    // forward
    // def extract(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), w: wp.array2d(dtype=wp.vec3), mats: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE_M)                                                      <L 40>
    var_2 = wp::tile_load<wp::float32, true, false, 8>(var_a, var_3);
    // tv = wp.tile_load(v, shape=TILE_N)                                                     <L 41>
    var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4>(var_v, var_6);
    // k = i % TILE_M                                                                         <L 42>
    var_7 = wp::mod(var_0, var_1);
    // out[i] = wp.tile_extract(t, k) + wp.tile_extract(tv, 1, 2) + wp.tile_extract(tv, 0)[1]       <L 43>
    var_8 = wp::tile_extract(var_2, var_7);
    var_11 = wp::tile_extract(var_5, var_9, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::tile_extract(var_5, var_13);
    var_16 = wp::extract(var_14, var_15);
    var_17 = wp::add(var_12, var_16);
    wp::array_store(var_out, var_0, var_17);
    // m = wp.tile_load(w, shape=(TILE_N, TILE_N))                                            <L 46>
    var_18 = wp::tuple(var_4, var_4);
    var_19 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4, 4>(var_w, var_20, var_21);
    // out[i] += t[k] + t[-1] + t[2] + tv[1, 2] + tv[k % TILE_N][0] + m[i % TILE_N, -2][1]       <L 47>
    var_24 = (var_7 < var_22);
    var_25 = wp::add(var_7, var_23);
    var_26 = wp::where(var_24, var_25, var_7);
    var_27 = wp::tile_extract(var_2, var_26);
    var_30 = wp::tile_extract(var_2, var_29);
    var_31 = wp::add(var_27, var_30);
    var_33 = wp::tile_extract(var_2, var_32);
    var_34 = wp::add(var_31, var_33);
    var_37 = wp::tile_extract(var_5, var_35, var_36);
    var_38 = wp::add(var_34, var_37);
    var_39 = wp::mod(var_7, var_4);
    var_42 = (var_39 < var_40);
    var_43 = wp::add(var_39, var_41);
    var_44 = wp::where(var_42, var_43, var_39);
    var_46 = wp::tile_extract(var_5, var_44, var_45);
    var_47 = wp::add(var_38, var_46);
    var_48 = wp::mod(var_0, var_4);
    var_51 = (var_48 < var_49);
    var_52 = wp::add(var_48, var_50);
    var_53 = wp::where(var_51, var_52, var_48);
    var_57 = wp::tile_extract(var_19, var_53, var_55, var_56);
    var_58 = wp::add(var_47, var_57);
    var_59 = wp::atomic_add(var_out, var_0, var_58);
    // mt = wp.tile_load(mats, shape=TILE_N)                                                  <L 49>
    var_60 = wp::tile_load<wp::mat_t<2, 2, wp::float32>, true, false, 4>(var_mats, var_61);
    // out[i] += mt[k % TILE_N, 1, 0] + wp.tile_extract(mt, 0, 1)[1] + mt[1][-1][0] + wp.determinant(mt[2])       <L 50>
    var_62 = wp::mod(var_7, var_4);
    var_65 = (var_62 < var_63);
    var_66 = wp::add(var_62, var_64);
    var_67 = wp::where(var_65, var_66, var_62);
    var_70 = wp::tile_extract(var_60, var_67, var_68, var_69);
    var_73 = wp::tile_extract(var_60, var_71, var_72);
    var_75 = wp::extract(var_73, var_74);
    var_76 = wp::add(var_70, var_75);
    var_80 = wp::tile_extract(var_60, var_77, var_78, var_79);
    var_81 = wp::add(var_76, var_80);
    var_83 = wp::tile_extract(var_60, var_82);
    var_84 = wp::determinant(var_83);
    var_85 = wp::add(var_81, var_84);
    var_86 = wp::atomic_add(var_out, var_0, var_85);
}



template <bool wp_linear_contiguous>
static void extract_feedbe4a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_feedbe4a *_wp_args,
    wp_args_extract_feedbe4a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_mats = _wp_adj_args->mats;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_2 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_3 = 0;
    const wp::int32 var_4 = 4;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_5 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 8;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = -1;
    const wp::int32 var_29 = 7;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 4;
    bool var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 4;
    bool var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = -2;
    const wp::int32 var_55 = 2;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::tile_shared_t<wp::mat_t<2, 2, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_60 = wp::tile_alloc_empty<wp::mat_t<2, 2, wp::float32>,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_61 = 0;
    wp::int32 var_62;
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 4;
    bool var_65;
    wp::int32 var_66;
    wp::int32 var_67;
    const wp::int32 var_68 = 1;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 1;
    wp::vec_t<2, wp::float32> var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    const wp::int32 var_78 = -1;
    const wp::int32 var_79 = 0;
    wp::float32 var_80;
    wp::float32 var_81;
    const wp::int32 var_82 = 2;
    wp::mat_t<2, 2, wp::float32> var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_2 = var_2;
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_5 = var_5;
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_19 = var_19;
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::tile_shared_t<wp::mat_t<2, 2, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_60 = var_60;
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    bool adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::vec_t<2, wp::float32> adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::mat_t<2, 2, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    //---------
    // forward
    // def extract(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), w: wp.array2d(dtype=wp.vec3), mats: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):       <L 38>
    // i = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE_M)                                                      <L 40>
    var_2 = wp::tile_load<wp::float32, true, false, 8>(var_a, var_3);
    // tv = wp.tile_load(v, shape=TILE_N)                                                     <L 41>
    var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4>(var_v, var_6);
    // k = i % TILE_M                                                                         <L 42>
    var_7 = wp::mod(var_0, var_1);
    // out[i] = wp.tile_extract(t, k) + wp.tile_extract(tv, 1, 2) + wp.tile_extract(tv, 0)[1]       <L 43>
    var_8 = wp::tile_extract(var_2, var_7);
    var_11 = wp::tile_extract(var_5, var_9, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::tile_extract(var_5, var_13);
    var_16 = wp::extract(var_14, var_15);
    var_17 = wp::add(var_12, var_16);
    // wp::array_store(var_out, var_0, var_17);
    // m = wp.tile_load(w, shape=(TILE_N, TILE_N))                                            <L 46>
    var_18 = wp::tuple(var_4, var_4);
    var_19 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 4, 4>(var_w, var_20, var_21);
    // out[i] += t[k] + t[-1] + t[2] + tv[1, 2] + tv[k % TILE_N][0] + m[i % TILE_N, -2][1]       <L 47>
    var_24 = (var_7 < var_22);
    var_25 = wp::add(var_7, var_23);
    var_26 = wp::where(var_24, var_25, var_7);
    var_27 = wp::tile_extract(var_2, var_26);
    var_30 = wp::tile_extract(var_2, var_29);
    var_31 = wp::add(var_27, var_30);
    var_33 = wp::tile_extract(var_2, var_32);
    var_34 = wp::add(var_31, var_33);
    var_37 = wp::tile_extract(var_5, var_35, var_36);
    var_38 = wp::add(var_34, var_37);
    var_39 = wp::mod(var_7, var_4);
    var_42 = (var_39 < var_40);
    var_43 = wp::add(var_39, var_41);
    var_44 = wp::where(var_42, var_43, var_39);
    var_46 = wp::tile_extract(var_5, var_44, var_45);
    var_47 = wp::add(var_38, var_46);
    var_48 = wp::mod(var_0, var_4);
    var_51 = (var_48 < var_49);
    var_52 = wp::add(var_48, var_50);
    var_53 = wp::where(var_51, var_52, var_48);
    var_57 = wp::tile_extract(var_19, var_53, var_55, var_56);
    var_58 = wp::add(var_47, var_57);
    // var_59 = wp::atomic_add(var_out, var_0, var_58);
    // mt = wp.tile_load(mats, shape=TILE_N)                                                  <L 49>
    var_60 = wp::tile_load<wp::mat_t<2, 2, wp::float32>, true, false, 4>(var_mats, var_61);
    // out[i] += mt[k % TILE_N, 1, 0] + wp.tile_extract(mt, 0, 1)[1] + mt[1][-1][0] + wp.determinant(mt[2])       <L 50>
    var_62 = wp::mod(var_7, var_4);
    var_65 = (var_62 < var_63);
    var_66 = wp::add(var_62, var_64);
    var_67 = wp::where(var_65, var_66, var_62);
    var_70 = wp::tile_extract(var_60, var_67, var_68, var_69);
    var_73 = wp::tile_extract(var_60, var_71, var_72);
    var_75 = wp::extract(var_73, var_74);
    var_76 = wp::add(var_70, var_75);
    var_80 = wp::tile_extract(var_60, var_77, var_78, var_79);
    var_81 = wp::add(var_76, var_80);
    var_83 = wp::tile_extract(var_60, var_82);
    var_84 = wp::determinant(var_83);
    var_85 = wp::add(var_81, var_84);
    // var_86 = wp::atomic_add(var_out, var_0, var_85);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_85, adj_out, adj_0, adj_85, adj_86);
    wp::adj_add(var_81, var_84, adj_81, adj_84, adj_85);
    wp::adj_determinant(var_83, adj_83, adj_84);
    wp::adj_tile_extract(var_60, var_82, adj_60, adj_82, adj_83);
    wp::adj_add(var_76, var_80, adj_76, adj_80, adj_81);
    wp::adj_tile_extract(var_60, var_77, var_78, var_79, adj_60, adj_77, adj_78, adj_79, adj_80);
    wp::adj_add(var_70, var_75, adj_70, adj_75, adj_76);
    wp::adj_extract(var_73, var_74, adj_73, adj_74, adj_75);
    wp::adj_tile_extract(var_60, var_71, var_72, adj_60, adj_71, adj_72, adj_73);
    wp::adj_tile_extract(var_60, var_67, var_68, var_69, adj_60, adj_67, adj_68, adj_69, adj_70);
    wp::adj_where(var_65, var_66, var_62, adj_65, adj_66, adj_62, adj_67);
    wp::adj_add(var_62, var_64, adj_62, adj_64, adj_66);
    wp::adj_mod(var_7, var_4, adj_7, adj_4, adj_62);
    // adj: out[i] += mt[k % TILE_N, 1, 0] + wp.tile_extract(mt, 0, 1)[1] + mt[1][-1][0] + wp.determinant(mt[2])  <L 50>
    wp::adj_tile_load(var_mats, var_61, adj_mats, adj_61, adj_60);
    // adj: mt = wp.tile_load(mats, shape=TILE_N)                                             <L 49>
    wp::adj_atomic_add(var_out, var_0, var_58, adj_out, adj_0, adj_58, adj_59);
    wp::adj_add(var_47, var_57, adj_47, adj_57, adj_58);
    wp::adj_tile_extract(var_19, var_53, var_55, var_56, adj_19, adj_53, adj_55, adj_56, adj_57);
    wp::adj_where(var_51, var_52, var_48, adj_51, adj_52, adj_48, adj_53);
    wp::adj_add(var_48, var_50, adj_48, adj_50, adj_52);
    wp::adj_mod(var_0, var_4, adj_0, adj_4, adj_48);
    wp::adj_add(var_38, var_46, adj_38, adj_46, adj_47);
    wp::adj_tile_extract(var_5, var_44, var_45, adj_5, adj_44, adj_45, adj_46);
    wp::adj_where(var_42, var_43, var_39, adj_42, adj_43, adj_39, adj_44);
    wp::adj_add(var_39, var_41, adj_39, adj_41, adj_43);
    wp::adj_mod(var_7, var_4, adj_7, adj_4, adj_39);
    wp::adj_add(var_34, var_37, adj_34, adj_37, adj_38);
    wp::adj_tile_extract(var_5, var_35, var_36, adj_5, adj_35, adj_36, adj_37);
    wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_tile_extract(var_2, var_32, adj_2, adj_32, adj_33);
    wp::adj_add(var_27, var_30, adj_27, adj_30, adj_31);
    wp::adj_tile_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_tile_extract(var_2, var_26, adj_2, adj_26, adj_27);
    wp::adj_where(var_24, var_25, var_7, adj_24, adj_25, adj_7, adj_26);
    wp::adj_add(var_7, var_23, adj_7, adj_23, adj_25);
    // adj: out[i] += t[k] + t[-1] + t[2] + tv[1, 2] + tv[k % TILE_N][0] + m[i % TILE_N, -2][1]  <L 47>
    wp::adj_tile_load(var_w, var_20, var_21, adj_w, adj_20, adj_21, adj_19);
    // adj: m = wp.tile_load(w, shape=(TILE_N, TILE_N))                                       <L 46>
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_tile_extract(var_5, var_13, adj_5, adj_13, adj_14);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_tile_extract(var_5, var_9, var_10, adj_5, adj_9, adj_10, adj_11);
    wp::adj_tile_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: out[i] = wp.tile_extract(t, k) + wp.tile_extract(tv, 1, 2) + wp.tile_extract(tv, 0)[1]  <L 43>
    wp::adj_mod(var_0, var_1, adj_0, adj_1, adj_7);
    // adj: k = i % TILE_M                                                                    <L 42>
    wp::adj_tile_load(var_v, var_6, adj_v, adj_6, adj_5);
    // adj: tv = wp.tile_load(v, shape=TILE_N)                                                <L 41>
    wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE_M)                                                 <L 40>
    // adj: i = wp.tid()                                                                      <L 39>
    // adj: def extract(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), w: wp.array2d(dtype=wp.vec3), mats: wp.array(dtype=wp.mat22), out: wp.array(dtype=float)):  <L 38>
    return;
}



struct extract_feedbe4a_cpu_block_payload_forward
{
    wp_args_extract_feedbe4a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void extract_feedbe4a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    extract_feedbe4a_cpu_block_payload_forward* payload = (extract_feedbe4a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    extract_feedbe4a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_feedbe4a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_feedbe4a *_wp_args)
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
        extract_feedbe4a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &extract_feedbe4a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct extract_feedbe4a_cpu_block_payload_backward
{
    wp_args_extract_feedbe4a* args;
    wp_args_extract_feedbe4a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void extract_feedbe4a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    extract_feedbe4a_cpu_block_payload_backward* payload = (extract_feedbe4a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    extract_feedbe4a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void extract_feedbe4a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_feedbe4a *_wp_args,
    wp_args_extract_feedbe4a *_wp_adj_args)
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
        extract_feedbe4a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &extract_feedbe4a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

