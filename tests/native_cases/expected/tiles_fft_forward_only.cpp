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

struct wp_args_filtered_9b2b4784 {
    wp::array_t<wp::vec_t<2, wp::float64>> x;
    wp::array_t<wp::vec_t<2, wp::float64>> f;
    wp::array_t<wp::vec_t<2, wp::float64>> y;
};


template <bool wp_linear_contiguous>
static void filtered_9b2b4784_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filtered_9b2b4784 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<2, wp::float64>> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 512;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 512;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
    const wp::int32 var_14 = 0;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>> var_15 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,512>>>{};
    const wp::int32 var_16 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    //---------
    // forward
    // def filtered(x: wp.array2d(dtype=wp.vec2d), f: wp.array2d(dtype=wp.vec2d), y: wp.array2d(dtype=wp.vec2d)):       <L 8>
    // i = wp.tid()                                                                           <L 9>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(1, 512), offset=(i, 0))                                     <L 10>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 512>(var_x, var_0, var_7);
    // g = wp.tile_load(f, shape=(1, 512), offset=(i, 0))                                     <L 11>
    var_10 = wp::tuple(var_8, var_9);
    var_12 = wp::tuple(var_0, var_11);
    var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 512>(var_f, var_0, var_14);
    // wp.tile_fft(a)                                                                         <L 12>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 8192, 1, 2, var_6);
    // c = wp.tile_map(wp.cw_mul, a, g)                                                       <L 13>
    var_15 = wp::tile_binary_map(wp::cw_mul, var_6, var_13);
    // wp.tile_ifft(c)                                                                        <L 14>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 8192, 1, 2, var_15);
    // wp.tile_store(y, c, offset=(i, 0))                                                     <L 15>
    var_17 = wp::tuple(var_0, var_16);
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_y, var_0, var_18, var_15);
}



struct filtered_9b2b4784_cpu_block_payload_forward
{
    wp_args_filtered_9b2b4784* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void filtered_9b2b4784_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    filtered_9b2b4784_cpu_block_payload_forward* payload = (filtered_9b2b4784_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    filtered_9b2b4784_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void filtered_9b2b4784_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filtered_9b2b4784 *_wp_args)
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
        filtered_9b2b4784_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &filtered_9b2b4784_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

