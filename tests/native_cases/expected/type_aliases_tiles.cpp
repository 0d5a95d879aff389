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

struct wp_args_k_ba6f4650 {
    wp::array_t<wp::vec_t<6, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::mat_t<2, 3, wp::float32>> m;
};


template <bool wp_linear_contiguous>
static void k_ba6f4650_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_ba6f4650 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_4 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_6 = wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    //---------
    // forward
    // def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                             <L 14>
    var_2 = wp::tile_zeros<wp::vec_t<6, wp::float32>, 8>();
    // u = wp.tile_ones(shape=TILE, dtype=V)                                                  <L 15>
    var_3 = wp::tile_ones<wp::vec_t<3, wp::float32>, 8>();
    // w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                        <L 16>
    var_5 = wp::tuple(var_4, var_1);
    var_6 = wp::tile_zeros<wp::mat_t<2, 3, wp::float32>, 2, 8>();
    // x = wp.tile_load(a, shape=TILE)                                                        <L 17>
    var_7 = wp::tile_load<wp::vec_t<6, wp::float32>, true, false, 8>(var_a, var_8);
    // wp.tile_store(a, t + x)                                                                <L 18>
    var_9 = wp::tile_add(var_2, var_7);
    wp::tile_store<wp::vec_t<6, wp::float32>, true, false>(var_a, var_10, var_9);
    // wp.tile_store(b, u)                                                                    <L 19>
    wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_11, var_3);
}



template <bool wp_linear_contiguous>
static void k_ba6f4650_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_ba6f4650 *_wp_args,
    wp_args_k_ba6f4650 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::mat_t<2, 3, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_4 = 2;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_6 = wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_2{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> adj_6{};
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):       <L 12>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                             <L 14>
    var_2 = wp::tile_zeros<wp::vec_t<6, wp::float32>, 8>();
    // u = wp.tile_ones(shape=TILE, dtype=V)                                                  <L 15>
    var_3 = wp::tile_ones<wp::vec_t<3, wp::float32>, 8>();
    // w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                        <L 16>
    var_5 = wp::tuple(var_4, var_1);
    var_6 = wp::tile_zeros<wp::mat_t<2, 3, wp::float32>, 2, 8>();
    // x = wp.tile_load(a, shape=TILE)                                                        <L 17>
    var_7 = wp::tile_load<wp::vec_t<6, wp::float32>, true, false, 8>(var_a, var_8);
    // wp.tile_store(a, t + x)                                                                <L 18>
    var_9 = wp::tile_add(var_2, var_7);
    // wp::tile_store<wp::vec_t<6, wp::float32>, true, false>(var_a, var_10, var_9);
    // wp.tile_store(b, u)                                                                    <L 19>
    // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_11, var_3);
    //---------
    // reverse
    wp::adj_tile_store(var_b, var_11, var_3, adj_b, adj_11, adj_3);
    // adj: wp.tile_store(b, u)                                                               <L 19>
    wp::adj_tile_store(var_a, var_10, var_9, adj_a, adj_10, adj_9);
    wp::adj_tile_add(var_2, var_7, adj_2, adj_7, adj_9);
    // adj: wp.tile_store(a, t + x)                                                           <L 18>
    wp::adj_tile_load(var_a, var_8, adj_a, adj_8, adj_7);
    // adj: x = wp.tile_load(a, shape=TILE)                                                   <L 17>
    // adj: w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                   <L 16>
    // adj: u = wp.tile_ones(shape=TILE, dtype=V)                                             <L 15>
    // adj: t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                        <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):  <L 12>
    return;
}



struct k_ba6f4650_cpu_block_payload_forward
{
    wp_args_k_ba6f4650* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_ba6f4650_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_ba6f4650_cpu_block_payload_forward* payload = (k_ba6f4650_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_ba6f4650_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_ba6f4650_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_ba6f4650 *_wp_args)
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
        k_ba6f4650_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_ba6f4650_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_ba6f4650_cpu_block_payload_backward
{
    wp_args_k_ba6f4650* args;
    wp_args_k_ba6f4650* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_ba6f4650_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_ba6f4650_cpu_block_payload_backward* payload = (k_ba6f4650_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_ba6f4650_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_ba6f4650_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_ba6f4650 *_wp_args,
    wp_args_k_ba6f4650 *_wp_adj_args)
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
        k_ba6f4650_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_ba6f4650_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

