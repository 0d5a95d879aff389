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

struct wp_args_copy_1d_033b0487 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void copy_1d_033b0487_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_1d_033b0487 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_4;
    //---------
    // forward
    // def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 14>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_store(b, t, offset=i * TILE)                                                   <L 15>
    var_4 = wp::mul(var_0, var_1);
    wp::tile_store<wp::float32, true, false>(var_b, var_4, var_3);
}



template <bool wp_linear_contiguous>
static void copy_1d_033b0487_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy_1d_033b0487 *_wp_args,
    wp_args_copy_1d_033b0487 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::int32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
    wp::int32 adj_4 = {};
    //---------
    // forward
    // def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 14>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_store(b, t, offset=i * TILE)                                                   <L 15>
    var_4 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::float32, true, false>(var_b, var_4, var_3);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_4, var_3, adj_b, adj_4, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: wp.tile_store(b, t, offset=i * TILE)                                              <L 15>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                  <L 12>
    return;
}



struct copy_1d_033b0487_cpu_block_payload_forward
{
    wp_args_copy_1d_033b0487* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_1d_033b0487_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy_1d_033b0487_cpu_block_payload_forward* payload = (copy_1d_033b0487_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_1d_033b0487_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_1d_033b0487_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_1d_033b0487 *_wp_args)
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
        copy_1d_033b0487_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_1d_033b0487_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy_1d_033b0487_cpu_block_payload_backward
{
    wp_args_copy_1d_033b0487* args;
    wp_args_copy_1d_033b0487* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_1d_033b0487_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy_1d_033b0487_cpu_block_payload_backward* payload = (copy_1d_033b0487_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_1d_033b0487_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy_1d_033b0487_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy_1d_033b0487 *_wp_args,
    wp_args_copy_1d_033b0487 *_wp_adj_args)
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
        copy_1d_033b0487_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_1d_033b0487_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_positional_4f1270dc {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void positional_4f1270dc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_positional_4f1270dc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::int32 var_2;
    const wp::str var_3 = "register";
    const bool var_4 = false;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_5 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 8;
    const wp::str var_8 = "shared";
    const bool var_9 = false;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_11 = 0;
    const bool var_12 = false;
    //---------
    // forward
    // def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):        <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, TILE_N, i * n, "register", False)                                  <L 30>
    var_2 = wp::mul(var_0, var_n);
    var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 4>(var_a, var_2);
    // wp.tile_store(b, t)                                                                    <L 31>
    wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_6, var_5);
    // s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                           <L 32>
    var_10 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 8>(var_a, var_11);
    // wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                                 <L 33>
    wp::tile_store<wp::vec_t<3, wp::float32>, false, false>(var_b, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void positional_4f1270dc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_positional_4f1270dc *_wp_args,
    wp_args_positional_4f1270dc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::int32 var_2;
    const wp::str var_3 = "register";
    const bool var_4 = false;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_5 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 8;
    const wp::str var_8 = "shared";
    const bool var_9 = false;
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_11 = 0;
    const bool var_12 = false;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::str adj_3 = {};
    bool adj_4 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_5{};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::str adj_8 = {};
    bool adj_9 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_10 = var_10;
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    //---------
    // forward
    // def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):        <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, TILE_N, i * n, "register", False)                                  <L 30>
    var_2 = wp::mul(var_0, var_n);
    var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 4>(var_a, var_2);
    // wp.tile_store(b, t)                                                                    <L 31>
    // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_6, var_5);
    // s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                           <L 32>
    var_10 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 8>(var_a, var_11);
    // wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                                 <L 33>
    // wp::tile_store<wp::vec_t<3, wp::float32>, false, false>(var_b, var_1, var_10);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_1, var_10, adj_b, adj_1, adj_10);
    // adj: wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                            <L 33>
    wp::adj_tile_load(var_a, var_11, adj_a, adj_11, adj_10);
    // adj: s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                      <L 32>
    wp::adj_tile_store(var_b, var_6, var_5, adj_b, adj_6, adj_5);
    // adj: wp.tile_store(b, t)                                                               <L 31>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_5);
    wp::adj_mul(var_0, var_n, adj_0, adj_n, adj_2);
    // adj: t = wp.tile_load(a, TILE_N, i * n, "register", False)                             <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):   <L 28>
    return;
}



struct positional_4f1270dc_cpu_block_payload_forward
{
    wp_args_positional_4f1270dc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void positional_4f1270dc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    positional_4f1270dc_cpu_block_payload_forward* payload = (positional_4f1270dc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    positional_4f1270dc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void positional_4f1270dc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_positional_4f1270dc *_wp_args)
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
        positional_4f1270dc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &positional_4f1270dc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct positional_4f1270dc_cpu_block_payload_backward
{
    wp_args_positional_4f1270dc* args;
    wp_args_positional_4f1270dc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void positional_4f1270dc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    positional_4f1270dc_cpu_block_payload_backward* payload = (positional_4f1270dc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    positional_4f1270dc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void positional_4f1270dc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_positional_4f1270dc *_wp_args,
    wp_args_positional_4f1270dc *_wp_adj_args)
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
        positional_4f1270dc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &positional_4f1270dc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_copy_2d_cd090086 {
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> b;
};


template <bool wp_linear_contiguous>
static void copy_2d_cd090086_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy_2d_cd090086 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
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
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_9 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    const wp::str var_13 = "shared";
    const bool var_14 = true;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,false>();
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    const wp::int32 var_19 = 4;
    const wp::int32 var_20 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_21;
    const bool var_22 = false;
    const bool var_23 = true;
    const wp::int32 var_24 = 0;
    //---------
    // forward
    // def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):         <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 21>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float64, true, false, 8, 4>(var_a, var_5, var_6);
    // u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)       <L 22>
    var_10 = wp::tuple(var_2, var_9);
    var_12 = wp::tuple(var_11, var_1);
    var_15 = wp::tile_load<wp::float64, true, true, 8, 2>(var_a, var_16, var_1);
    // wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                       <L 23>
    var_17 = wp::mul(var_0, var_2);
    var_18 = wp::tuple(var_17, var_3);
    wp::tile_store<wp::float64, true, false>(var_b, var_17, var_19, var_8);
    // wp.tile_store(b, u, (i, 0), False, True)                                               <L 24>
    var_21 = wp::tuple(var_0, var_20);
    wp::tile_store<wp::float64, false, true>(var_b, var_0, var_24, var_15);
}



template <bool wp_linear_contiguous>
static void copy_2d_cd090086_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_copy_2d_cd090086 *_wp_args,
    wp_args_copy_2d_cd090086 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
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
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_9 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    const wp::str var_13 = "shared";
    const bool var_14 = true;
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,true>();
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    wp::tuple_t<wp::int32, wp::int32> var_18;
    const wp::int32 var_19 = 4;
    const wp::int32 var_20 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_21;
    const bool var_22 = false;
    const bool var_23 = true;
    const wp::int32 var_24 = 0;
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
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_8{};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
    wp::str adj_13 = {};
    bool adj_14 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
    bool adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):         <L 19>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 21>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float64, true, false, 8, 4>(var_a, var_5, var_6);
    // u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)       <L 22>
    var_10 = wp::tuple(var_2, var_9);
    var_12 = wp::tuple(var_11, var_1);
    var_15 = wp::tile_load<wp::float64, true, true, 8, 2>(var_a, var_16, var_1);
    // wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                       <L 23>
    var_17 = wp::mul(var_0, var_2);
    var_18 = wp::tuple(var_17, var_3);
    // wp::tile_store<wp::float64, true, false>(var_b, var_17, var_19, var_8);
    // wp.tile_store(b, u, (i, 0), False, True)                                               <L 24>
    var_21 = wp::tuple(var_0, var_20);
    // wp::tile_store<wp::float64, false, true>(var_b, var_0, var_24, var_15);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_0, var_24, var_15, adj_b, adj_0, adj_24, adj_15);
    // adj: wp.tile_store(b, u, (i, 0), False, True)                                          <L 24>
    wp::adj_tile_store(var_b, var_17, var_19, var_8, adj_b, adj_17, adj_19, adj_8);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_17);
    // adj: wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                  <L 23>
    wp::adj_tile_load(var_a, var_16, var_1, adj_a, adj_16, adj_1, adj_15);
    // adj: u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)  <L 22>
    wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_8);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
    // adj: t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))      <L 21>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):    <L 19>
    return;
}



struct copy_2d_cd090086_cpu_block_payload_forward
{
    wp_args_copy_2d_cd090086* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_2d_cd090086_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy_2d_cd090086_cpu_block_payload_forward* payload = (copy_2d_cd090086_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_2d_cd090086_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy_2d_cd090086_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy_2d_cd090086 *_wp_args)
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
        copy_2d_cd090086_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_2d_cd090086_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy_2d_cd090086_cpu_block_payload_backward
{
    wp_args_copy_2d_cd090086* args;
    wp_args_copy_2d_cd090086* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy_2d_cd090086_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    copy_2d_cd090086_cpu_block_payload_backward* payload = (copy_2d_cd090086_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy_2d_cd090086_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy_2d_cd090086_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_copy_2d_cd090086 *_wp_args,
    wp_args_copy_2d_cd090086 *_wp_adj_args)
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
        copy_2d_cd090086_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy_2d_cd090086_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_forward_only_d6b07dd7 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::int32> b;
};


template <bool wp_linear_contiguous>
static void forward_only_d6b07dd7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_forward_only_d6b07dd7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 4;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_3;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<2,2,4>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<2,2,4>>>{};
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_11;
    const wp::int32 var_12 = 1;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 0;
    //---------
    // forward
    // def forward_only(a: wp.array3d(dtype=wp.int32), b: wp.array3d(dtype=wp.int32)):        <L 37>
    // t = wp.tile_load(a, shape=(2, 2, TILE_N))                                              <L 38>
    var_3 = wp::tuple(var_0, var_1, var_2);
    var_4 = wp::tile_load<wp::int32, true, false, 2, 2, 4>(var_a, var_5, var_6, var_7);
    // wp.tile_store(b, t, offset=(1, 0, 0))                                                  <L 39>
    var_11 = wp::tuple(var_8, var_9, var_10);
    wp::tile_store<wp::int32, true, false>(var_b, var_12, var_13, var_14, var_4);
}



struct forward_only_d6b07dd7_cpu_block_payload_forward
{
    wp_args_forward_only_d6b07dd7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void forward_only_d6b07dd7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    forward_only_d6b07dd7_cpu_block_payload_forward* payload = (forward_only_d6b07dd7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    forward_only_d6b07dd7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void forward_only_d6b07dd7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_forward_only_d6b07dd7 *_wp_args)
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
        forward_only_d6b07dd7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &forward_only_d6b07dd7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

