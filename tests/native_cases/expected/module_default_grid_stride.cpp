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

struct wp_args_strided_d75f55da {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void strided_d75f55da_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_strided_d75f55da *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def strided(a: wp.array(dtype=float)):                                                 <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // if a[i] < 0.0:                                                                         <L 17>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 < var_2);
    if (var_3) {
        // return                                                                             <L 18>
        return;
    }
    // a[i] = wp.sqrt(a[i])                                                                   <L 19>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::sqrt(var_7);
    wp::array_store(var_a, var_0, var_6);
}



struct strided_d75f55da_cpu_block_payload_forward
{
    wp_args_strided_d75f55da* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void strided_d75f55da_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    strided_d75f55da_cpu_block_payload_forward* payload = (strided_d75f55da_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    strided_d75f55da_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void strided_d75f55da_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_strided_d75f55da *_wp_args)
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
        strided_d75f55da_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &strided_d75f55da_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_lean_ed08b5ab {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void lean_ed08b5ab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_lean_ed08b5ab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def lean(a: wp.array(dtype=float)):                                                    <L 7>
    // i = wp.tid()                                                                           <L 8>
    var_0 = builtin_tid1d();
    // if a[i] < 0.0:                                                                         <L 9>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 < var_2);
    if (var_3) {
        // return                                                                             <L 10>
        return;
    }
    // a[i] = wp.sqrt(a[i])                                                                   <L 11>
    var_5 = wp::address(var_a, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::sqrt(var_7);
    wp::array_store(var_a, var_0, var_6);
}



struct lean_ed08b5ab_cpu_block_payload_forward
{
    wp_args_lean_ed08b5ab* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void lean_ed08b5ab_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    lean_ed08b5ab_cpu_block_payload_forward* payload = (lean_ed08b5ab_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    lean_ed08b5ab_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void lean_ed08b5ab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_lean_ed08b5ab *_wp_args)
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
        lean_ed08b5ab_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &lean_ed08b5ab_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

