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

struct wp_args_k_e05554eb {
    wp::indexedarray_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::indexedfabricarray_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void k_e05554eb_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k_e05554eb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::indexedfabricarray_t<wp::float32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):       <L 7>
    // i, j = wp.tid()                                                                        <L 8>
    builtin_tid2d(var_0, var_1);
    // a[i, j] = b[i, j, 0] + c[i]                                                            <L 9>
    var_3 = wp::address(var_b, var_0, var_1, var_2);
    var_4 = wp::address(var_c, var_0);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    wp::array_store(var_a, var_0, var_1, var_5);
}



template <bool wp_linear_contiguous>
static void k_e05554eb_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k_e05554eb *_wp_args,
    wp_args_k_e05554eb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::indexedarray_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::indexedfabricarray_t<wp::float32> var_c = _wp_args->c;
    wp::indexedarray_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::indexedfabricarray_t<wp::float32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):       <L 7>
    // i, j = wp.tid()                                                                        <L 8>
    builtin_tid2d(var_0, var_1);
    // a[i, j] = b[i, j, 0] + c[i]                                                            <L 9>
    var_3 = wp::address(var_b, var_0, var_1, var_2);
    var_4 = wp::address(var_c, var_0);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::add(var_6, var_7);
    // wp::array_store(var_a, var_0, var_1, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_1, var_5, adj_a, adj_0, adj_1, adj_5);
    wp::adj_add(var_6, var_7, adj_3, adj_4, adj_5);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_4);
    wp::adj_address(var_b, var_0, var_1, var_2, adj_b, adj_0, adj_1, adj_2, adj_3);
    // adj: a[i, j] = b[i, j, 0] + c[i]                                                       <L 9>
    // adj: i, j = wp.tid()                                                                   <L 8>
    // adj: def k(a: wp.indexedarray[float, Literal[2]], b: wp.array[float, Literal[3]], c: wp.indexedfabricarray[wp.float32, Literal[1]]):  <L 7>
    return;
}



struct k_e05554eb_cpu_block_payload_forward
{
    wp_args_k_e05554eb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e05554eb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k_e05554eb_cpu_block_payload_forward* payload = (k_e05554eb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e05554eb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_e05554eb_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k_e05554eb *_wp_args)
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
        k_e05554eb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e05554eb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_e05554eb_cpu_block_payload_backward
{
    wp_args_k_e05554eb* args;
    wp_args_k_e05554eb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_e05554eb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k_e05554eb_cpu_block_payload_backward* payload = (k_e05554eb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_e05554eb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_e05554eb_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k_e05554eb *_wp_args,
    wp_args_k_e05554eb *_wp_adj_args)
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
        k_e05554eb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_e05554eb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

