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

struct wp_args_loop_0ff2cf63 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void loop_0ff2cf63_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_0ff2cf63 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 4;
    const wp::int32 var_4 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    const wp::int32 var_6 = 4;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::str var_11 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_13 = nullptr;
    const wp::int32 var_14 = 4;
    wp::int32 var_15;
    const wp::int32 var_16 = 4;
    wp::int32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_20 = 2;
    const wp::int32 var_21 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
    const wp::int32 var_24 = 2;
    bool var_25;
    const wp::int32 var_26 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
    const wp::int32 var_29 = 0;
    //---------
    // forward
    // def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):            <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // for k in range(n):                                                                     <L 33>
    var_1 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
        // t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")         <L 34>
        var_5 = wp::tuple(var_3, var_4);
        var_7 = wp::mul(var_2, var_6);
        var_9 = wp::mul(var_0, var_8);
        var_10 = wp::tuple(var_7, var_9);
        var_12 = wp::tile_load<wp::float32, true, false, 4, 4>(var_a, var_7, var_9);
        // wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))               <L 35>
        var_13 = wp::tile_transpose(var_12);
        var_15 = wp::mul(var_0, var_14);
        var_17 = wp::mul(var_2, var_16);
        var_18 = wp::tuple(var_15, var_17);
        var_19 = wp::tile_atomic_add<wp::float32, true>(var_out, var_15, var_17, var_13);
        goto start_for_0;
    end_for_0:;
    // s = wp.tile_zeros(shape=(2, 2), dtype=float)                                           <L 36>
    var_22 = wp::tuple(var_20, var_21);
    var_23 = wp::tile_zeros<float, 2, 2>();
    // if n > 2:                                                                              <L 37>
    var_25 = (var_n > var_24);
    if (var_25) {
        // wp.tile_atomic_add(out, s, offset=(0, n))                                          <L 38>
        var_27 = wp::tuple(var_26, var_n);
        var_28 = wp::tile_atomic_add<wp::float32, true>(var_out, var_29, var_n, var_23);
    }
}



template <bool wp_linear_contiguous>
static void loop_0ff2cf63_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_loop_0ff2cf63 *_wp_args,
    wp_args_loop_0ff2cf63 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 4;
    const wp::int32 var_4 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    const wp::int32 var_6 = 4;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::str var_11 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false> var_13 = nullptr;
    const wp::int32 var_14 = 4;
    wp::int32 var_15;
    const wp::int32 var_16 = 4;
    wp::int32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_19 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_20 = 2;
    const wp::int32 var_21 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_22;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
    const wp::int32 var_24 = 2;
    bool var_25;
    const wp::int32 var_26 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_27;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>>{};
    const wp::int32 var_29 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::range_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::str adj_11 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_12 = var_12;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<1,4>>, false>& adj_13 = var_13;
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_19 = var_19;
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_22 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> adj_23{};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_27 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<2,2>>> adj_28{};
    wp::int32 adj_29 = {};
    //---------
    // forward
    // def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):            <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // for k in range(n):                                                                     <L 33>
    var_1 = wp::range(var_n);
    // s = wp.tile_zeros(shape=(2, 2), dtype=float)                                           <L 36>
    var_22 = wp::tuple(var_20, var_21);
    var_23 = wp::tile_zeros<float, 2, 2>();
    // if n > 2:                                                                              <L 37>
    var_25 = (var_n > var_24);
    if (var_25) {
        // wp.tile_atomic_add(out, s, offset=(0, n))                                          <L 38>
        var_27 = wp::tuple(var_26, var_n);
        // var_28 = wp::tile_atomic_add<wp::float32, true>(var_out, var_29, var_n, var_23);
    }
    //---------
    // reverse
    if (var_25) {
        wp::adj_tile_atomic_add(var_out, var_29, var_n, var_23, adj_out, adj_29, adj_n, adj_23, adj_28);
        // adj: wp.tile_atomic_add(out, s, offset=(0, n))                                     <L 38>
    }
    // adj: if n > 2:                                                                         <L 37>
    // adj: s = wp.tile_zeros(shape=(2, 2), dtype=float)                                      <L 36>
    var_1 = wp::iter_reverse(var_1);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12.grad_zero();
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19.grad_zero();
        // t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")         <L 34>
        var_5 = wp::tuple(var_3, var_4);
        var_7 = wp::mul(var_2, var_6);
        var_9 = wp::mul(var_0, var_8);
        var_10 = wp::tuple(var_7, var_9);
        var_12 = wp::tile_load<wp::float32, true, false, 4, 4>(var_a, var_7, var_9);
        // wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))               <L 35>
        var_13 = wp::tile_transpose(var_12);
        var_15 = wp::mul(var_0, var_14);
        var_17 = wp::mul(var_2, var_16);
        var_18 = wp::tuple(var_15, var_17);
        // var_19 = wp::tile_atomic_add<wp::float32, true>(var_out, var_15, var_17, var_13);
        wp::adj_tile_atomic_add(var_out, var_15, var_17, var_13, adj_out, adj_15, adj_17, adj_13, adj_19);
        wp::adj_mul(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_mul(var_0, var_14, adj_0, adj_14, adj_15);
        wp::adj_tile_transpose(var_12, adj_12, adj_13);
        // adj: wp.tile_atomic_add(out, wp.tile_transpose(t), offset=(i * 4, k * 4))          <L 35>
        wp::adj_tile_load(var_a, var_7, var_9, adj_a, adj_7, adj_9, adj_12);
        wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: t = wp.tile_load(a, shape=(4, 4), offset=(k * 4, i * 4), storage="shared")    <L 34>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(n):                                                                <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def loop(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float), n: int):       <L 31>
    return;
}



struct loop_0ff2cf63_cpu_block_payload_forward
{
    wp_args_loop_0ff2cf63* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void loop_0ff2cf63_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    loop_0ff2cf63_cpu_block_payload_forward* payload = (loop_0ff2cf63_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    loop_0ff2cf63_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void loop_0ff2cf63_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_0ff2cf63 *_wp_args)
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
        loop_0ff2cf63_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &loop_0ff2cf63_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct loop_0ff2cf63_cpu_block_payload_backward
{
    wp_args_loop_0ff2cf63* args;
    wp_args_loop_0ff2cf63* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void loop_0ff2cf63_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    loop_0ff2cf63_cpu_block_payload_backward* payload = (loop_0ff2cf63_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    loop_0ff2cf63_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void loop_0ff2cf63_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_loop_0ff2cf63 *_wp_args,
    wp_args_loop_0ff2cf63 *_wp_adj_args)
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
        loop_0ff2cf63_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &loop_0ff2cf63_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_wide_4bf720ee {
    wp::array_t<wp::int64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float16> h;
    wp::array_t<wp::uint32> u;
};


template <bool wp_linear_contiguous>
static void wide_4bf720ee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_wide_4bf720ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::uint32> var_u = _wp_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_3 = 0;
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_4 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_6 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_10 = 0;
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_11 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_12 = 0;
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_13 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_14 = 0;
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_15 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_16 = 0;
    const bool var_17 = false;
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_19 = 0;
    //---------
    // forward
    // def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE)                                                        <L 19>
    var_2 = wp::tile_load<wp::int64, true, false, 8>(var_a, var_3);
    // wp.tile_atomic_add(a, t, offset=TILE)                                                  <L 20>
    var_4 = wp::tile_atomic_add<wp::int64, true>(var_a, var_1, var_2);
    // d = wp.tile_load(b, shape=TILE)                                                        <L 21>
    var_5 = wp::tile_load<wp::float64, true, false, 8>(var_b, var_6);
    // r = wp.tile_atomic_add(b, d)                                                           <L 22>
    var_7 = wp::tile_atomic_add<wp::float64, true>(var_b, var_8, var_5);
    // wp.tile_store(b, r + d)                                                                <L 23>
    var_9 = wp::tile_add(var_7, var_5);
    wp::tile_store<wp::float64, true, false>(var_b, var_10, var_9);
    // x = wp.tile_load(h, shape=TILE)                                                        <L 24>
    var_11 = wp::tile_load<wp::float16, true, false, 8>(var_h, var_12);
    // wp.tile_atomic_add(h, x)                                                               <L 25>
    var_13 = wp::tile_atomic_add<wp::float16, true>(var_h, var_14, var_11);
    // y = wp.tile_load(u, shape=TILE)                                                        <L 26>
    var_15 = wp::tile_load<wp::uint32, true, false, 8>(var_u, var_16);
    // wp.tile_atomic_add(u, y, bounds_check=False)                                           <L 27>
    var_18 = wp::tile_atomic_add<wp::uint32, false>(var_u, var_19, var_15);
}



template <bool wp_linear_contiguous>
static void wide_4bf720ee_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_wide_4bf720ee *_wp_args,
    wp_args_wide_4bf720ee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::uint32> var_u = _wp_args->u;
    wp::array_t<wp::int64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float16> adj_h = _wp_adj_args->h;
    wp::array_t<wp::uint32> adj_u = _wp_adj_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_3 = 0;
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_4 = wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_6 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_10 = 0;
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_11 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_12 = 0;
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_13 = wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_14 = 0;
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_15 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_16 = 0;
    const bool var_17 = false;
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_19 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_2{};
    wp::int32 adj_3 = {};
    wp::tile_register_t<wp::int64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_4{};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_5{};
    wp::int32 adj_6 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::tile_register_t<wp::float16,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_15{};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::tile_register_t<wp::uint32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_18{};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE)                                                        <L 19>
    var_2 = wp::tile_load<wp::int64, true, false, 8>(var_a, var_3);
    // wp.tile_atomic_add(a, t, offset=TILE)                                                  <L 20>
    // var_4 = wp::tile_atomic_add<wp::int64, true>(var_a, var_1, var_2);
    // d = wp.tile_load(b, shape=TILE)                                                        <L 21>
    var_5 = wp::tile_load<wp::float64, true, false, 8>(var_b, var_6);
    // r = wp.tile_atomic_add(b, d)                                                           <L 22>
    // var_7 = wp::tile_atomic_add<wp::float64, true>(var_b, var_8, var_5);
    // wp.tile_store(b, r + d)                                                                <L 23>
    var_9 = wp::tile_add(var_7, var_5);
    // wp::tile_store<wp::float64, true, false>(var_b, var_10, var_9);
    // x = wp.tile_load(h, shape=TILE)                                                        <L 24>
    var_11 = wp::tile_load<wp::float16, true, false, 8>(var_h, var_12);
    // wp.tile_atomic_add(h, x)                                                               <L 25>
    // var_13 = wp::tile_atomic_add<wp::float16, true>(var_h, var_14, var_11);
    // y = wp.tile_load(u, shape=TILE)                                                        <L 26>
    var_15 = wp::tile_load<wp::uint32, true, false, 8>(var_u, var_16);
    // wp.tile_atomic_add(u, y, bounds_check=False)                                           <L 27>
    // var_18 = wp::tile_atomic_add<wp::uint32, false>(var_u, var_19, var_15);
    //---------
    // reverse
    wp::adj_tile_atomic_add(var_u, var_19, var_15, adj_u, adj_19, adj_15, adj_18);
    // adj: wp.tile_atomic_add(u, y, bounds_check=False)                                      <L 27>
    wp::adj_tile_load(var_u, var_16, adj_u, adj_16, adj_15);
    // adj: y = wp.tile_load(u, shape=TILE)                                                   <L 26>
    wp::adj_tile_atomic_add(var_h, var_14, var_11, adj_h, adj_14, adj_11, adj_13);
    // adj: wp.tile_atomic_add(h, x)                                                          <L 25>
    wp::adj_tile_load(var_h, var_12, adj_h, adj_12, adj_11);
    // adj: x = wp.tile_load(h, shape=TILE)                                                   <L 24>
    wp::adj_tile_store(var_b, var_10, var_9, adj_b, adj_10, adj_9);
    wp::adj_tile_add(var_7, var_5, adj_7, adj_5, adj_9);
    // adj: wp.tile_store(b, r + d)                                                           <L 23>
    wp::adj_tile_atomic_add(var_b, var_8, var_5, adj_b, adj_8, adj_5, adj_7);
    // adj: r = wp.tile_atomic_add(b, d)                                                      <L 22>
    wp::adj_tile_load(var_b, var_6, adj_b, adj_6, adj_5);
    // adj: d = wp.tile_load(b, shape=TILE)                                                   <L 21>
    wp::adj_tile_atomic_add(var_a, var_1, var_2, adj_a, adj_1, adj_2, adj_4);
    // adj: wp.tile_atomic_add(a, t, offset=TILE)                                             <L 20>
    wp::adj_tile_load(var_a, var_3, adj_a, adj_3, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE)                                                   <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.float64), h: wp.array(dtype=wp.float16), u: wp.array(dtype=wp.uint32)):  <L 17>
    return;
}



struct wide_4bf720ee_cpu_block_payload_forward
{
    wp_args_wide_4bf720ee* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void wide_4bf720ee_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    wide_4bf720ee_cpu_block_payload_forward* payload = (wide_4bf720ee_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    wide_4bf720ee_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void wide_4bf720ee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_wide_4bf720ee *_wp_args)
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
        wide_4bf720ee_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &wide_4bf720ee_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct wide_4bf720ee_cpu_block_payload_backward
{
    wp_args_wide_4bf720ee* args;
    wp_args_wide_4bf720ee* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void wide_4bf720ee_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    wide_4bf720ee_cpu_block_payload_backward* payload = (wide_4bf720ee_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    wide_4bf720ee_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void wide_4bf720ee_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_wide_4bf720ee *_wp_args,
    wp_args_wide_4bf720ee *_wp_adj_args)
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
        wide_4bf720ee_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &wide_4bf720ee_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_vecs_aea39540 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void vecs_aea39540_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vecs_aea39540 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_4;
    wp::tuple_t<wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_7 = 0;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    //---------
    // forward
    // def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):                    <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 11>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
    // wp.tile_atomic_add(out, t, offset=(i * TILE,))                                         <L 12>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tuple(var_4);
    var_6 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_4, var_3);
    // wp.tile_atomic_add(out, t, 0)                                                          <L 13>
    var_8 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_7, var_3);
}



template <bool wp_linear_contiguous>
static void vecs_aea39540_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vecs_aea39540 *_wp_args,
    wp_args_vecs_aea39540 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_4;
    wp::tuple_t<wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_7 = 0;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32> adj_5 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_8{};
    //---------
    // forward
    // def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):                    <L 9>
    // i = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 11>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
    // wp.tile_atomic_add(out, t, offset=(i * TILE,))                                         <L 12>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tuple(var_4);
    // var_6 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_4, var_3);
    // wp.tile_atomic_add(out, t, 0)                                                          <L 13>
    // var_8 = wp::tile_atomic_add<wp::vec_t<3, wp::float32>, true>(var_out, var_7, var_3);
    //---------
    // reverse
    wp::adj_tile_atomic_add(var_out, var_7, var_3, adj_out, adj_7, adj_3, adj_8);
    // adj: wp.tile_atomic_add(out, t, 0)                                                     <L 13>
    wp::adj_tile_atomic_add(var_out, var_4, var_3, adj_out, adj_4, adj_3, adj_6);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: wp.tile_atomic_add(out, t, offset=(i * TILE,))                                    <L 12>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 11>
    // adj: i = wp.tid()                                                                      <L 10>
    // adj: def vecs(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):               <L 9>
    return;
}



struct vecs_aea39540_cpu_block_payload_forward
{
    wp_args_vecs_aea39540* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vecs_aea39540_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vecs_aea39540_cpu_block_payload_forward* payload = (vecs_aea39540_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vecs_aea39540_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void vecs_aea39540_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vecs_aea39540 *_wp_args)
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
        vecs_aea39540_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vecs_aea39540_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct vecs_aea39540_cpu_block_payload_backward
{
    wp_args_vecs_aea39540* args;
    wp_args_vecs_aea39540* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vecs_aea39540_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vecs_aea39540_cpu_block_payload_backward* payload = (vecs_aea39540_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vecs_aea39540_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void vecs_aea39540_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vecs_aea39540 *_wp_args,
    wp_args_vecs_aea39540 *_wp_adj_args)
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
        vecs_aea39540_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vecs_aea39540_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_views_c002b6a3 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void views_c002b6a3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_c002b6a3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::str var_4 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_9 = nullptr;
    const wp::int32 var_10 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(4, 8), storage="shared")                                    <L 44>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_6, var_7);
    // wp.tile_atomic_add(out, t[1], offset=i)                                                <L 45>
    var_9 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_5, var_8, var_10);
    var_11 = wp::tile_atomic_add<wp::float32, true>(var_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void views_c002b6a3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_c002b6a3 *_wp_args,
    wp_args_views_c002b6a3 *_wp_adj_args)
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
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::str var_4 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true> var_5 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false> var_9 = nullptr;
    const wp::int32 var_10 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::str adj_4 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<8,1>>, true>& adj_5 = var_5;
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>& adj_9 = var_9;
    wp::int32 adj_10 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 42>
    // i = wp.tid()                                                                           <L 43>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=(4, 8), storage="shared")                                    <L 44>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tile_load<wp::float32, true, false, 4, 8>(var_a, var_6, var_7);
    // wp.tile_atomic_add(out, t[1], offset=i)                                                <L 45>
    var_9 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, false>>(var_5, var_8, var_10);
    // var_11 = wp::tile_atomic_add<wp::float32, true>(var_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_tile_atomic_add(var_out, var_0, var_9, adj_out, adj_0, adj_9, adj_11);
    // adj: wp.tile_atomic_add(out, t[1], offset=i)                                           <L 45>
    wp::adj_tile_load(var_a, var_6, var_7, adj_a, adj_6, adj_7, adj_5);
    // adj: t = wp.tile_load(a, shape=(4, 8), storage="shared")                               <L 44>
    // adj: i = wp.tid()                                                                      <L 43>
    // adj: def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                <L 42>
    return;
}



struct views_c002b6a3_cpu_block_payload_forward
{
    wp_args_views_c002b6a3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_c002b6a3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_c002b6a3_cpu_block_payload_forward* payload = (views_c002b6a3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_c002b6a3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void views_c002b6a3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_c002b6a3 *_wp_args)
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
        views_c002b6a3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_c002b6a3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct views_c002b6a3_cpu_block_payload_backward
{
    wp_args_views_c002b6a3* args;
    wp_args_views_c002b6a3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void views_c002b6a3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    views_c002b6a3_cpu_block_payload_backward* payload = (views_c002b6a3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    views_c002b6a3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void views_c002b6a3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_c002b6a3 *_wp_args,
    wp_args_views_c002b6a3 *_wp_adj_args)
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
        views_c002b6a3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &views_c002b6a3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

