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


// warpsynth/signature_closing_at_column_0.py:6
static wp::float32 weight_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def weight(                                                                            <L 7>
    // return x * y                                                                           <L 11>
    var_0 = wp::mul(var_x, var_y);
    return var_0;
}


// warpsynth/signature_closing_at_column_0.py:6
static void adj_weight_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_scale_b1fadfe9 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::float32 s;
};


template <bool wp_linear_contiguous>
static void scale_b1fadfe9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_b1fadfe9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::float32 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def scale(                                                                             <L 15>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // b[i] = weight(a[i], s)                                                                 <L 22>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = weight_0(var_3, var_s);
    wp::array_store(var_b, var_0, var_2);
}



struct scale_b1fadfe9_cpu_block_payload_forward
{
    wp_args_scale_b1fadfe9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_b1fadfe9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_b1fadfe9_cpu_block_payload_forward* payload = (scale_b1fadfe9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_b1fadfe9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_b1fadfe9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_b1fadfe9 *_wp_args)
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
        scale_b1fadfe9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_b1fadfe9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

