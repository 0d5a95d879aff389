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


// warpsynth/generic_typing_module.py:0
static wp::vec_t<2, wp::float32> corner_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_a)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 0;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def corner(a: wp.array(dtype=typing.Any, ndim=2)):                                     <L 1>
    // return a[0, 0]                                                                         <L 2>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    return var_3;
}


// warpsynth/generic_typing_module.py:0
static wp::vec_t<2, wp::float32> scaled_0(
    wp::vec_t<2, wp::float32> var_x,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    //---------
    // forward
    // def scaled(x: typing.Any, s: float):                                                   <L 1>
    // return x * s                                                                           <L 2>
    var_0 = wp::mul(var_x, var_s);
    return var_0;
}


// warpsynth/generic_typing_module.py:0
static void adj_corner_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_a,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// warpsynth/generic_typing_module.py:0
static void adj_scaled_0(
    wp::vec_t<2, wp::float32> var_x,
    wp::float32 var_s,
    wp::vec_t<2, wp::float32> & adj_x,
    wp::float32 & adj_s,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_k_379c8f19 {
    wp::array_t<wp::vec_t<2, wp::float32>> a;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void k_379c8f19_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_379c8f19 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32> var_1;
    const wp::float32 var_2 = 2.0;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def k(a: wp.array2d(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):                     <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // out[i] = scaled(corner(a), 2.0) + scaled(out[i], 0.5)                                  <L 20>
    var_1 = corner_0(var_a);
    var_3 = scaled_0(var_1, var_2);
    var_4 = wp::address(var_out, var_0);
    var_7 = wp::load(var_4);
    var_6 = scaled_0(var_7, var_5);
    var_8 = wp::add(var_3, var_6);
    wp::array_store(var_out, var_0, var_8);
}



struct k_379c8f19_cpu_block_payload_forward
{
    wp_args_k_379c8f19* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_379c8f19_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_379c8f19_cpu_block_payload_forward* payload = (k_379c8f19_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_379c8f19_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_379c8f19_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_379c8f19 *_wp_args)
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
        k_379c8f19_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_379c8f19_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

